import * as v from 'valibot';

/** Branded ids keep a note id from being passed where a workshop id is expected, at no runtime cost. */
export type PlanId = string & { readonly __brand: 'PlanId' };
/** Id of a workshop; also the name of its sync room. */
export type WorkshopId = string & { readonly __brand: 'WorkshopId' };
/** Id of a sticky note, made by the client that creates it so retries are idempotent. */
export type NoteId = string & { readonly __brand: 'NoteId' };
/** Id of a group of notes formed by the facilitator. */
export type GroupId = string & { readonly __brand: 'GroupId' };
/** Id of one dot vote. */
export type VoteId = string & { readonly __brand: 'VoteId' };
/** Anonymous participant id: never a name, so exports stay anonymous. */
export type ParticipantId = string & { readonly __brand: 'ParticipantId' };
/** Id of a client-made command; the server applies each id at most once. */
export type CommandId = string & { readonly __brand: 'CommandId' };

/** Ids are URL-safe so they can sit in paths, room names and file names without escaping. */
const idPattern = /^[A-Za-z0-9_-]{4,64}$/;

/** Validator for any id: 4–64 URL-safe characters. */
export const idString = v.pipe(v.string(), v.regex(idPattern, 'invalid_id'));

/** Creates a random URL-safe id (works in browsers, workers and Node). */
export function newId<T extends string>(): T {
  return globalThis.crypto.randomUUID().replaceAll('-', '') as T;
}

/** Validator for an id of one kind: checks the format and gives the branded type. */
export function idOf<T extends string>() {
  return v.pipe(
    idString,
    v.transform((s: string) => s as T),
  );
}
