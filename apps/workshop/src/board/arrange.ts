import type { Group } from '@chiiki/model';
import type { ShownNote } from './withPending';

/** One lane's content: its named groups with their notes, then the notes in no group. */
export interface LaneContent {
  groups: Array<{ group: Group; notes: ShownNote[] }>;
  loose: ShownNote[];
}

/**
 * Sorts the board's notes into lanes and, inside a lane, into the facilitator's groups (a group
 * shows in its own lane with all its notes); a note whose group is gone shows on its own.
 */
export function arrange(
  byLane: ReadonlyMap<string, ShownNote[]>,
  groups: readonly Group[],
): Map<string, LaneContent> {
  const known = new Map(groups.map((g) => [g.id as string, g]));
  const grouped = new Map<string, ShownNote[]>();
  const lanes = new Map<string, LaneContent>();
  const laneOf = (key: string) => {
    let content = lanes.get(key);
    if (!content) {
      content = { groups: [], loose: [] };
      lanes.set(key, content);
    }
    return content;
  };
  for (const [lane, notes] of byLane) {
    for (const note of notes) {
      if (note.groupId && known.has(note.groupId)) {
        const list = grouped.get(note.groupId) ?? [];
        list.push(note);
        grouped.set(note.groupId, list);
      } else laneOf(lane).loose.push(note);
    }
  }
  for (const group of groups) {
    const notes = grouped.get(group.id);
    if (notes?.length) laneOf(group.lane).groups.push({ group, notes });
  }
  return lanes;
}
