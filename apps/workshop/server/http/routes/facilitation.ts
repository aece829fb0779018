import type { IncomingMessage, ServerResponse } from 'node:http';
import { listNotes, listVotes } from '@chiiki/model';
import { authenticate } from '../../auth/guard';
import type { ServerContext } from '../../context';
import { privateOwners, privateRoomId } from '../../private/privateDocs';
import { ApiError } from '../errors';
import { sendJson } from '../io';

/** The server's clock, so every tablet counts the timer down in server time (offset = now − local). */
export function getTime(_ctx: ServerContext, _req: IncomingMessage, res: ServerResponse) {
  sendJson(res, 200, { now: Date.now() });
}

/**
 * What is still private (facilitator or operator only): each person's drafts while writing is
 * silent and how many hidden votes they cast, so the facilitator sees who is still writing.
 */
export async function getPrivate(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const caller = await authenticate(ctx, req, id, true);
  if (caller.kind === 'token' && caller.claims.role !== 'facilitator') throw new ApiError(403, 'forbidden');
  if (!ctx.meta.get(id)) throw new ApiError(404, 'workshop_not_found');
  const participants = [];
  for (const participantId of await privateOwners(ctx, id)) {
    const room = await ctx.rooms.get(privateRoomId(id, participantId), true);
    const notes = listNotes(room.doc, id);
    const hiddenVotes = listVotes(room.doc, id).length;
    if (notes.length + hiddenVotes > 0) participants.push({ participantId, notes, hiddenVotes });
  }
  const drafts = participants.reduce((n, p) => n + p.notes.length, 0);
  const hiddenVotes = participants.reduce((n, p) => n + p.hiddenVotes, 0);
  sendJson(res, 200, { drafts, hiddenVotes, participants });
}
