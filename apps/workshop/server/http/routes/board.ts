import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  getFollow,
  getLocks,
  getPhase,
  getPlan,
  getTimer,
  getVoting,
  listGroups,
  listNotes,
  listVotes,
} from '@chiiki/model';
import { checkToken } from '../../auth/guard';
import type { ServerContext } from '../../context';
import { sharedRoom } from '../../private/settle';
import { bearer, sendJson } from '../io';

/**
 * What a tablet's replica of the shared board shows, read by the model's validating readers: the
 * board's first frame is drawn from it while the Yjs doc is still on its way (decision 0024).
 * Refused exactly like the board's socket (`checkToken` without closed workshops), and only the
 * shared room is read, so nobody sees another person's private drafts or hidden votes.
 */
export async function getBoard(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, id: string) {
  await checkToken(ctx, bearer(req), id);
  const { doc } = await sharedRoom(ctx, id);
  sendJson(res, 200, {
    plan: getPlan(doc) ?? null,
    phase: getPhase(doc),
    notes: listNotes(doc, id),
    facilitation: {
      timer: getTimer(doc) ?? null,
      locks: getLocks(doc),
      follow: getFollow(doc) ?? null,
      voting: getVoting(doc),
      votes: listVotes(doc, id),
      groups: listGroups(doc, id),
    },
  });
}
