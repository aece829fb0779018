import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Peer } from './peer';

/** The largest awareness state a client may publish (cursor, selection, a little UI state). */
export const MAX_AWARENESS_STATE = 4096;

/**
 * Rewrites a client's awareness update so it speaks only for its own client id and carries the
 * identity from its token. Entries for other ids (y-websocket clients echo everyone's states)
 * are dropped; an oversized state drops the whole message. Returns undefined if nothing is left.
 */
export function stampAwareness(
  peer: Peer,
  update: Uint8Array,
  isOwnedElsewhere: (clientId: number) => boolean,
): Uint8Array | undefined {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const kept: Array<{ clientId: number; clock: number; state: string }> = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const raw = decoding.readVarString(decoder);
    if (raw.length > MAX_AWARENESS_STATE) return undefined;
    if (peer.clientId === undefined && !isOwnedElsewhere(clientId)) peer.clientId = clientId;
    if (clientId !== peer.clientId) continue;
    const state: unknown = JSON.parse(raw);
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) return undefined;
    const { identity } = peer;
    const user = {
      name: identity.name,
      role: identity.role,
      colour: identity.colour,
      id: identity.participantId,
    };
    kept.push({ clientId, clock, state: JSON.stringify(state === null ? null : { ...state, user }) });
  }
  if (kept.length === 0) return undefined;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
