import type { ServerContext } from '../context';
import { ApiError } from '../http/errors';
import type { Room } from '../sync/room';

/** The room of one person's private doc: their drafts while writing, their hidden votes. */
export function privateRoomId(workshopId: string, participantId: string): string {
  return `${workshopId}.private.${participantId}`;
}

/** Who owns a private doc in a workshop (registered before the doc is first written). */
export async function privateOwners(ctx: ServerContext, workshopId: string): Promise<string[]> {
  return [...((await ctx.meta.entry(workshopId))?.privateDocs ?? [])];
}

/**
 * A person's private doc, registered in the workshop's metadata (on disk) before it is first
 * used, so a later reveal can never miss a doc that holds drafts.
 */
export async function openPrivate(
  ctx: ServerContext,
  workshopId: string,
  participantId: string,
): Promise<Room> {
  const entry = await ctx.meta.entry(workshopId);
  if (!entry) throw new ApiError(404, 'workshop_not_found');
  if (!entry.privateDocs?.includes(participantId)) {
    await ctx.meta.update(workshopId, (e) => {
      e.privateDocs = [...new Set([...(e.privateDocs ?? []), participantId])];
    });
  }
  return ctx.rooms.get(privateRoomId(workshopId, participantId), true);
}

/** A person's private doc only if they have one (no file is created for a mere look). */
export async function peekPrivate(
  ctx: ServerContext,
  workshopId: string,
  participantId: string,
): Promise<Room | undefined> {
  if (!(await ctx.meta.entry(workshopId))?.privateDocs?.includes(participantId)) return undefined;
  return ctx.rooms.get(privateRoomId(workshopId, participantId), true);
}
