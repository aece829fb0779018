import * as v from 'valibot';
import * as Y from 'yjs';
import type { NoteId } from '../records/ids';
import { type Note, NoteSchema } from '../records/note';
import { type Plan, PlanSchema } from '../records/plan';
import { type Phase, PhaseSchema } from '../records/workshop';

/**
 * Names of the shared types in a workshop's Y.Doc. One place names them so the server, the
 * clients and the exporter cannot drift apart.
 */
export const DOC_KEYS = {
  meta: 'meta',
  notes: 'notes',
  groups: 'groups',
  votes: 'votes',
  phaseLog: 'phaseLog',
} as const;

/** The fields of a note kept in its Y.Map (typeName and workshopId are implied by the doc). */
type NoteFields = Omit<Note, 'typeName' | 'workshopId'>;

/** The map of notes in a workshop doc: note id → a Y.Map of that note's fields. */
export function notesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(DOC_KEYS.notes);
}

/** The workshop's shared settings (plan, phase, locks, timer): one Y.Map of plain values. */
export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DOC_KEYS.meta);
}

/** Writes a whole note into the doc, one Y.Map per note so concurrent field edits merge. */
export function putNote(doc: Y.Doc, note: Note): void {
  const fields: NoteFields = {
    id: note.id,
    lane: note.lane,
    text: note.text,
    authorId: note.authorId,
    position: note.position,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
    ...(note.goalCode === undefined ? {} : { goalCode: note.goalCode }),
    ...(note.groupId === undefined ? {} : { groupId: note.groupId }),
    ...(note.onBehalf === undefined ? {} : { onBehalf: note.onBehalf }),
  };
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
    notesMap(doc).set(note.id, map);
  });
}

/** Changes some fields of an existing note; returns false if the note is not in the doc. */
export function patchNote(doc: Y.Doc, id: NoteId, patch: Partial<NoteFields>): boolean {
  const map = notesMap(doc).get(id);
  if (!map) return false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) map.delete(key);
      else map.set(key, value);
    }
  });
  return true;
}

/** The fields a note's Y.Map may hold; the readers look at these and nothing else. */
const NOTE_KEYS = [
  'id',
  'lane',
  'text',
  'authorId',
  'position',
  'createdAt',
  'updatedAt',
  'goalCode',
  'groupId',
  'onBehalf',
] as const;

/**
 * Reads the named fields of an entry with `map.get`, for validation by the caller. The doc comes
 * from the network: a crafted entry may nest thousands of Y types, and a recursive `toJSON()` of
 * it overflows the stack (and takes the summary and export down with it). A field holding a
 * shared type, or an entry that is not a Y.Map, is malformed: undefined, and the entry is skipped.
 */
export function readEntry(entry: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  if (!(entry instanceof Y.Map)) return undefined;
  const fields: Record<string, unknown> = {};
  for (const key of keys) {
    const value: unknown = entry.get(key);
    if (value instanceof Y.AbstractType) return undefined;
    if (value !== undefined) fields[key] = value;
  }
  return fields;
}

/** Reads one note, validated; an entry that fails validation (a bad write) reads as undefined. */
export function getNote(doc: Y.Doc, workshopId: string, id: NoteId): Note | undefined {
  const fields = readEntry(notesMap(doc).get(id), NOTE_KEYS);
  if (!fields) return undefined;
  const parsed = v.safeParse(NoteSchema, { ...fields, typeName: 'note', workshopId });
  return parsed.success ? parsed.output : undefined;
}

/** Reads every valid note of the doc, in lane order then position order. */
export function listNotes(doc: Y.Doc, workshopId: string): Note[] {
  const notes: Note[] = [];
  for (const id of notesMap(doc).keys()) {
    const note = getNote(doc, workshopId, id as NoteId);
    if (note) notes.push(note);
  }
  return notes.sort(compareNotes);
}

/** The board's order of notes (lane, then position): lists and exports use it so they read alike. */
export function compareNotes(a: Note, b: Note): number {
  return a.lane.localeCompare(b.lane) || a.position.order - b.position.order || a.id.localeCompare(b.id);
}

/** Stores the plan configuration (lanes, goals, districts) the board is drawn from. */
export function setPlan(doc: Y.Doc, plan: Plan): void {
  metaMap(doc).set('plan', plan);
}

/** Reads the plan configuration, validated. */
export function getPlan(doc: Y.Doc): Plan | undefined {
  const parsed = v.safeParse(PlanSchema, metaMap(doc).get('plan'));
  return parsed.success ? parsed.output : undefined;
}

/** Reads the current phase; a new doc is in preparation. */
export function getPhase(doc: Y.Doc): Phase {
  const parsed = v.safeParse(PhaseSchema, metaMap(doc).get('phase'));
  return parsed.success ? parsed.output : 'preparation';
}

/**
 * Sets the current phase and, when it changes, appends `{ phase, at }` to the phase log in the
 * same transaction, so the export can tell how long each phase ran.
 */
export function setPhase(doc: Y.Doc, phase: Phase, at: string = new Date().toISOString()): void {
  doc.transact(() => {
    if (metaMap(doc).get('phase') === phase) return;
    metaMap(doc).set('phase', phase);
    doc.getArray(DOC_KEYS.phaseLog).push([{ phase, at }]);
  });
}
