import { describe, expect, it } from 'vitest';
import { isSyncStep2, MessageGate } from './messageGate';

describe('MessageGate', () => {
  it('holds messages until opened, then delivers them in arrival order, and later ones at once', () => {
    const seen: string[] = [];
    const gate = new MessageGate();
    gate.run(() => seen.push('step 1'), undefined);
    gate.run(() => seen.push('step 2'), undefined);
    expect(seen).toEqual([]);
    gate.open();
    expect(seen).toEqual(['step 1', 'step 2']);
    gate.run(() => seen.push('update'), undefined);
    gate.open();
    expect(seen).toEqual(['step 1', 'step 2', 'update']);
  });

  it('lets its onHeld open it, delivering the message that made it open', () => {
    const seen: number[] = [];
    const gate: MessageGate = new MessageGate((data) => {
      if (data === 2) gate.open();
    });
    gate.run(() => seen.push(1), 1);
    expect(seen).toEqual([]);
    gate.run(() => seen.push(2), 2);
    expect(seen).toEqual([1, 2]);
    expect(gate.isOpen).toBe(true);
  });
});

describe('isSyncStep2', () => {
  it('tells the sync step 2 from step 1, updates and awareness', () => {
    const message = (...bytes: number[]) => new Uint8Array(bytes).buffer;
    expect(isSyncStep2(message(0, 1, 5, 0))).toBe(true);
    expect(isSyncStep2(message(0, 0, 1, 0))).toBe(false);
    expect(isSyncStep2(message(0, 2, 3, 0))).toBe(false);
    expect(isSyncStep2(message(1, 1, 0))).toBe(false);
    expect(isSyncStep2(message(0))).toBe(false);
    expect(isSyncStep2('text')).toBe(false);
  });
});
