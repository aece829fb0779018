import { describe, expect, it } from 'vitest';
import { type LaneBox, laneAtPoint } from './laneBoxes';

const box = (key: string, left: number, top: number, right: number, bottom: number): LaneBox<string> => ({
  key,
  element: key,
  left,
  top,
  right,
  bottom,
});

describe('laneAtPoint', () => {
  // Two columns, two rows: the 768 px portrait layout of four lanes.
  const lanes = [
    box('a', 0, 0, 380, 900),
    box('b', 390, 0, 770, 700),
    box('c', 0, 910, 380, 2000),
    box('d', 390, 710, 770, 2400),
  ];

  it('finds the lane under the point, in any row', () => {
    expect(laneAtPoint(lanes, 10, 10)?.key).toBe('a');
    expect(laneAtPoint(lanes, 500, 650)?.key).toBe('b');
    expect(laneAtPoint(lanes, 100, 1500)?.key).toBe('c');
    expect(laneAtPoint(lanes, 700, 2300)?.key).toBe('d');
  });

  it('finds none in the gaps and outside the board', () => {
    expect(laneAtPoint(lanes, 385, 100)).toBeUndefined();
    expect(laneAtPoint(lanes, 100, 905)).toBeUndefined();
    expect(laneAtPoint(lanes, 900, 100)).toBeUndefined();
  });

  it('treats the right and bottom edges as outside, so neighbours never both match', () => {
    const touching = [box('x', 0, 0, 100, 100), box('y', 100, 0, 200, 100)];
    expect(laneAtPoint(touching, 100, 50)?.key).toBe('y');
  });
});
