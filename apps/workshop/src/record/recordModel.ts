import type { Goal, Group, Lane, Note, WorkshopExport } from '@chiiki/model';

/** A note on the sheet with its dot count. */
export interface RecordNote {
  note: Note;
  votes: number;
}

/** One lane of the sheet: its groups (most-voted first) and its notes in no group. */
interface RecordLane {
  lane: Lane;
  groups: Array<{ group: Group; notes: RecordNote[]; votes: number }>;
  loose: RecordNote[];
}

/** What the record sheet prints, worked out from the export file. */
interface RecordSheetData {
  lanes: RecordLane[];
  goalsUsed: Array<{ goal: Goal; notes: number; votes: number }>;
  noteCount: number;
  voteCount: number;
}

const byVotes = (a: RecordNote, b: RecordNote) =>
  b.votes - a.votes || a.note.position.order - b.note.position.order;

/**
 * Lays the export out as the sheet reads: per lane (the plan's order), groups then loose notes,
 * most-voted first, and the plan goals the ideas were tagged with. Pure, so it is unit-tested.
 */
export function recordSheet(data: WorkshopExport): RecordSheetData {
  const votes = new Map<string, number>();
  for (const v of data.votes) votes.set(v.noteId, (votes.get(v.noteId) ?? 0) + 1);
  const groups = new Map(data.groups.map((g) => [g.id as string, g]));
  const lanes = [...data.plan.lanes].sort((a, b) => a.order - b.order);
  const sheet = new Map<string, RecordLane>(lanes.map((lane) => [lane.key, { lane, groups: [], loose: [] }]));
  const grouped = new Map<string, RecordNote[]>();
  for (const note of data.notes) {
    const entry = { note, votes: votes.get(note.id) ?? 0 };
    if (note.groupId && groups.has(note.groupId)) {
      grouped.set(note.groupId, [...(grouped.get(note.groupId) ?? []), entry]);
    } else sheet.get(note.lane)?.loose.push(entry);
  }
  for (const [id, notes] of grouped) {
    const group = groups.get(id);
    if (!group) continue;
    const total = notes.reduce((n, e) => n + e.votes, 0);
    sheet.get(group.lane)?.groups.push({ group, notes: notes.sort(byVotes), votes: total });
  }
  for (const lane of sheet.values()) {
    lane.groups.sort((a, b) => b.votes - a.votes || a.group.name.localeCompare(b.group.name));
    lane.loose.sort(byVotes);
  }
  const goalsUsed = data.plan.goals
    .map((goal) => {
      const tagged = data.notes.filter(
        (n) => n.goalCode === goal.code || (n.groupId && groups.get(n.groupId)?.goalCode === goal.code),
      );
      return { goal, notes: tagged.length, votes: tagged.reduce((s, n) => s + (votes.get(n.id) ?? 0), 0) };
    })
    .filter((g) => g.notes > 0);
  return {
    lanes: [...sheet.values()],
    goalsUsed,
    noteCount: data.notes.length,
    voteCount: data.votes.length,
  };
}
