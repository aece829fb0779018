import { useEffect, useSyncExternalStore } from 'react';
import { type BoardSnapshot, fetchBoardSnapshot } from './boardSnapshot';
import { isSyncStep2, MessageGate } from './messageGate';

/** Longest hold of the socket's messages once the snapshot is in, should no board draw it. */
const DRAW_WAIT_MS = 2000;

/** One board load's race between the snapshot and the doc. */
interface FirstFrame {
  key: string;
  gate: MessageGate;
  snapshot: BoardSnapshot | undefined;
  listeners: Set<() => void>;
}

let current: FirstFrame | undefined;

function keyOf(workshopId: string, token: string): string {
  return JSON.stringify([workshopId, token]);
}

/**
 * Starts fetching the board's snapshot beside the early connection, and returns the gate that
 * connection's socket delivers its messages through. The gate holds the Yjs sync until the board
 * has drawn a frame from the snapshot. If the snapshot fails, or the doc's sync step 2 arrives
 * first, the gate opens and the snapshot is never used: the board mounts from the doc as it did
 * before (decision 0024).
 */
export function startFirstFrame(workshopId: string, token: string): MessageGate {
  const frame: FirstFrame = {
    key: keyOf(workshopId, token),
    gate: new MessageGate((data) => {
      if (!frame.snapshot && isSyncStep2(data)) frame.gate.open();
    }),
    snapshot: undefined,
    listeners: new Set(),
  };
  current = frame;
  void fetchBoardSnapshot(workshopId, token).then((snapshot) => {
    if (!snapshot || frame.gate.isOpen) {
      frame.gate.open();
      return;
    }
    frame.snapshot = snapshot;
    setTimeout(() => frame.gate.open(), DRAW_WAIT_MS);
    for (const listener of frame.listeners) listener();
  });
  return frame.gate;
}

function frameFor(workshopId: string, token: string): FirstFrame | undefined {
  return current?.key === keyOf(workshopId, token) ? current : undefined;
}

/**
 * The snapshot to draw the board's first frame from, once it is in and while the socket's
 * messages are still held; undefined otherwise (the board then mounts from the doc).
 */
export function useFirstFrameSnapshot(workshopId: string, token: string): BoardSnapshot | undefined {
  const frame = frameFor(workshopId, token);
  return useSyncExternalStore(
    (listener) => {
      frame?.listeners.add(listener);
      return () => frame?.listeners.delete(listener);
    },
    () => frame?.snapshot,
  );
}

/**
 * Lets the held socket messages through once the board's first frame is painted (a frame's
 * animation callback, then a task after it), so the Yjs sync runs after that frame, not before.
 */
export function useOpenAfterFirstFrame(workshopId: string, token: string): void {
  useEffect(() => {
    const gate = frameFor(workshopId, token)?.gate;
    if (!gate || gate.isOpen) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => gate.open(), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [workshopId, token]);
}
