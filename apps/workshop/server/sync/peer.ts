/** The identity the server stamps on a connection's awareness; it comes from the token, never the client. */
export interface PeerIdentity {
  workshopId: string;
  participantId: string;
  role: 'facilitator' | 'participant';
  name: string;
  colour: string;
  /** A connection that may only read this room, whatever its role (a participant's private doc). */
  readOnly?: boolean;
}

/**
 * One live connection to a room, as the room sees it: a way to send, a way to close, who it is,
 * and the awareness client id it owns. Keeping this small keeps the room independent of `ws`.
 */
export interface Peer {
  readonly identity: PeerIdentity;
  /** The awareness client id this connection speaks for, bound on its first awareness state. */
  clientId: number | undefined;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
