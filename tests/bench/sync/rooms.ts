import {
  DEFAULT_LANE_KEYS,
  type Note,
  type NoteId,
  type ParticipantId,
  type WorkshopId,
} from '@chiiki/model';
import type { BenchServer } from './servers';

/** One board on a server under test: who writes and the URLs its receivers connect to. */
export interface BenchRoom {
  id: string;
  writerUrl: string;
  readerUrls: string[];
  /** Participant tokens behind readerUrls (ours only), for sending commands as those people. */
  participantTokens: string[];
  /** The participant ids behind participantTokens (authors of their notes). */
  participantIds: string[];
}

async function api<T>(server: BenchServer, path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`bench: ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Opens a room with `readers` receivers. On our server that is what a workshop really needs: an
 * admin creates it, the facilitator token writes, and each receiver is a participant who joined
 * by code (a read replica). The anchor has no auth, so a room is just a fresh name.
 */
export async function openRoom(server: BenchServer, readers: number): Promise<BenchRoom> {
  if (server.name === 'anchor') {
    const id = `bench-${Math.random().toString(36).slice(2, 10)}`;
    return {
      id,
      writerUrl: server.roomUrl(id),
      readerUrls: Array(readers).fill(server.roomUrl(id)),
      participantTokens: [],
      participantIds: [],
    };
  }
  const created = await api<{ workshop: { id: string }; facilitatorToken: string; joinCode: string }>(
    server,
    '/api/workshops',
    { districtCode: 'D01', theme: 'ベンチマーク' },
    server.adminToken,
  );
  const id = created.workshop.id;
  const participantTokens: string[] = [];
  const participantIds: string[] = [];
  for (let i = 0; i < readers; i++) {
    const joined = await api<{ participantToken: string; participantId: string }>(server, '/api/join', {
      joinCode: created.joinCode,
    });
    participantTokens.push(joined.participantToken);
    participantIds.push(joined.participantId);
  }
  return {
    id,
    writerUrl: server.roomUrl(id, created.facilitatorToken),
    readerUrls: participantTokens.map((t) => server.roomUrl(id, t)),
    participantTokens,
    participantIds,
  };
}

/** A valid note as the facilitator's tablet writes it, so our server stores what it would in use. */
export function benchNote(workshopId: string, noteId: string, i: number): Note {
  const now = new Date().toISOString();
  return {
    typeName: 'note',
    id: noteId as NoteId,
    workshopId: workshopId as WorkshopId,
    lane: DEFAULT_LANE_KEYS[i % DEFAULT_LANE_KEYS.length] ?? 'citizen',
    text: `見守り声かけを毎朝の散歩で（案 ${i}）`,
    authorId: 'bench-facilitator' as ParticipantId,
    position: { order: i },
    createdAt: now,
    updatedAt: now,
  };
}

/** Sends a participant's addNote command, as the tablet's outbox does. */
export async function addNoteCommand(
  server: BenchServer,
  room: BenchRoom,
  token: string,
  noteId: string,
): Promise<void> {
  await api(
    server,
    `/api/workshops/${room.id}/commands`,
    {
      type: 'addNote',
      commandId: `c-${noteId}`,
      noteId,
      lane: 'citizen',
      text: `参加者の意見 ${noteId}`,
    },
    token,
  );
}
