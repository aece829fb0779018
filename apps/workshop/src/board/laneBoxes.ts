/** A lane's box in page coordinates (scrolling does not move it), with the element to highlight. */
export interface LaneBox<T = HTMLElement> {
  key: string;
  element: T;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Measures every `[data-lane]` once, when a drag starts. Hit-testing these few boxes on each
 * pointer move replaces `document.elementFromPoint`, which made the browser bring style and
 * layout up to date and walk a 500-card tree on every move (~70 % of a move's time at 4× CPU
 * throttling; decision 0017).
 */
export function measureLanes(): LaneBox[] {
  const boxes: LaneBox[] = [];
  for (const element of document.querySelectorAll<HTMLElement>('[data-lane]')) {
    const key = element.dataset.lane;
    if (!key) continue;
    const rect = element.getBoundingClientRect();
    boxes.push({
      key,
      element,
      left: rect.left + window.scrollX,
      top: rect.top + window.scrollY,
      right: rect.right + window.scrollX,
      bottom: rect.bottom + window.scrollY,
    });
  }
  return boxes;
}

/** The lane whose box holds a point in page coordinates, if any. */
export function laneAtPoint<T>(
  boxes: readonly LaneBox<T>[],
  pageX: number,
  pageY: number,
): LaneBox<T> | undefined {
  return boxes.find((b) => pageX >= b.left && pageX < b.right && pageY >= b.top && pageY < b.bottom);
}
