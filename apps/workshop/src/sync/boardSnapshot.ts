import type { Note, Phase, Plan } from '@chiiki/model';
import type { FacilitationState } from '../pacing/useFacilitation';

/**
 * The server's reading of the shared board (`GET /api/workshops/:id/board`), drawn as the first
 * frame while the Yjs doc is still on its way (decision 0024). The server read every value with
 * the model's validating readers, so the client checks only the shape, not each note again: the
 * doc replaces it a few frames later.
 */
export interface BoardSnapshot {
  plan: Plan | undefined;
  phase: Phase;
  notes: Note[];
  facilitation: FacilitationState;
}

interface SnapshotBody {
  plan: Plan | null;
  phase: Phase;
  notes: Note[];
  facilitation: Omit<FacilitationState, 'timer' | 'follow'> & {
    timer: FacilitationState['timer'] | null;
    follow: FacilitationState['follow'] | null;
  };
}

function isSnapshotBody(body: unknown): body is SnapshotBody {
  const b = body as Partial<SnapshotBody> | null;
  const f = b?.facilitation;
  return (
    typeof b?.phase === 'string' &&
    Array.isArray(b.notes) &&
    typeof f?.locks === 'object' &&
    typeof f.voting === 'object' &&
    Array.isArray(f.votes) &&
    Array.isArray(f.groups)
  );
}

/** Fetches the board's snapshot; undefined on any failure (the board then waits for the doc). */
export async function fetchBoardSnapshot(
  workshopId: string,
  token: string,
): Promise<BoardSnapshot | undefined> {
  try {
    const response = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/board`, {
      headers: { accept: 'application/json', authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
    if (!response.ok) return undefined;
    const body: unknown = await response.json();
    if (!isSnapshotBody(body)) return undefined;
    const { timer, follow, ...rest } = body.facilitation;
    return {
      plan: body.plan ?? undefined,
      phase: body.phase,
      notes: body.notes,
      facilitation: { ...rest, timer: timer ?? undefined, follow: follow ?? undefined },
    };
  } catch {
    return undefined;
  }
}
