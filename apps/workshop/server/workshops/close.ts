import { setPhase } from '@chiiki/model';
import type { ServerContext } from '../context';
import { ApiError } from '../http/errors';
import { privateOwners, privateRoomId } from '../private/privateDocs';
import { settle } from '../private/settle';
import type { AppliedCommand } from '../store/records';

/**
 * Closes a workshop for good: the phase becomes `closed` (logged), every draft and hidden vote is
 * settled into the shared doc, the status is saved, and every connection (shared and private
 * docs) closes with 4403. From then on its tokens and join code stop working for writes.
 */
export async function closeBoard(
  ctx: ServerContext,
  workshopId: string,
  applied?: AppliedCommand,
): Promise<void> {
  const entry = ctx.meta.get(workshopId);
  if (!entry) throw new ApiError(404, 'workshop_not_found');
  const room = await ctx.rooms.get(workshopId);
  await room.applyCommand(
    applied ?? { commandId: `close-${workshopId}`, participantId: 'server', result: {} },
    (doc) => setPhase(doc, 'closed'),
  );
  await settle(ctx, workshopId);
  await ctx.meta.update(workshopId, (e) => {
    e.workshop.status = 'closed';
    e.workshop.phase = 'closed';
    e.closedAt ??= new Date().toISOString();
  });
  await ctx.rooms.evict(workshopId, 4403, 'workshop closed');
  for (const pid of await privateOwners(ctx, workshopId)) {
    await ctx.rooms.evict(privateRoomId(workshopId, pid), 4403, 'workshop closed');
  }
}
