/**
 * Holds a socket's incoming messages until it is opened, then delivers them in arrival order.
 * The board draws its first frame from the server's snapshot while the Yjs sync waits here, so
 * applying the whole doc (~90 ms at 4× CPU throttling for 500 notes) runs after that frame
 * instead of before it (decision 0024).
 */
export class MessageGate {
  private held: Array<() => void> | undefined = [];

  /** `onHeld` sees each message the gate holds (it may open the gate). */
  constructor(private readonly onHeld: (data: unknown) => void = () => undefined) {}

  /** Whether messages go straight through. */
  get isOpen(): boolean {
    return this.held === undefined;
  }

  /** Runs `deliver` now if the gate is open, else once it opens. */
  run(deliver: () => void, data: unknown): void {
    if (!this.held) {
      deliver();
      return;
    }
    this.held.push(deliver);
    this.onHeld(data);
  }

  /** Delivers what was held and lets everything after through; opening twice does nothing. */
  open(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const deliver of held) deliver();
  }
}

/** Whether a y-websocket message is the sync step 2: the server's answer with the whole doc. */
export function isSyncStep2(data: unknown): boolean {
  if (!(data instanceof ArrayBuffer) || data.byteLength < 2) return false;
  const [outer, inner] = new Uint8Array(data, 0, 2);
  return outer === 0 && inner === 1;
}

/**
 * A WebSocket class for y-websocket whose `onmessage` goes through the gate. A message held past
 * its socket's close is dropped: the provider reconnects and syncs the whole doc again, and a
 * destroyed provider must not read it.
 */
export function gatedWebSocket(gate: MessageGate): typeof WebSocket {
  return class GatedWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      let listener: WebSocket['onmessage'] = null;
      Object.defineProperty(this, 'onmessage', {
        get: () => listener,
        set: (next: WebSocket['onmessage']) => {
          listener = next;
        },
      });
      this.addEventListener('message', (event) =>
        gate.run(() => {
          if (this.readyState === WebSocket.OPEN) listener?.call(this, event);
        }, event.data),
      );
    }
  };
}
