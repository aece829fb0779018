import { type PointerEvent as ReactPointerEvent, useEffect, useMemo, useRef } from 'react';
import { type LaneBox, laneAtPoint, measureLanes } from './laneBoxes';

interface DragState {
  noteId: string;
  fromLane: string;
  card: HTMLElement;
  startX: number;
  startY: number;
  moved: boolean;
  /** The lanes' boxes, measured when the drag starts and again after a scroll. */
  lanes: LaneBox[] | undefined;
  overLane: HTMLElement | undefined;
  /** The latest pointer position (viewport and page), drawn at the next animation frame. */
  x: number;
  y: number;
  pageX: number;
  pageY: number;
  frame: number;
}

const THRESHOLD_PX = 6;

function laneElementAt(x: number, y: number): HTMLElement | undefined {
  return document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-lane]') ?? undefined;
}

const DROP_CLASS = 'lane--drop';

/**
 * Moves the card to the pointer and highlights the lane under it: once per frame, at most. The
 * lane is found before the transform is written and from the event's page coordinates, so
 * nothing here makes the browser recalculate style or layout.
 */
function draw(state: DragState): void {
  state.frame = 0;
  state.lanes ??= measureLanes();
  const lane = laneAtPoint(state.lanes, state.pageX, state.pageY)?.element;
  state.card.style.transform = `translate(${state.x - state.startX}px, ${state.y - state.startY}px) rotate(2deg)`;
  if (lane !== state.overLane) {
    state.overLane?.classList.remove(DROP_CLASS);
    lane?.classList.add(DROP_CLASS);
    state.overLane = lane;
  }
}

/**
 * Drag a note to another lane with Pointer Events, so touch, pen and mouse share one code path.
 * The card follows the pointer by a CSS transform and the lane under it is highlighted by a
 * class, both set directly on the DOM once per animation frame, and the lane is found from
 * boxes measured at the start: no React render and no forced layout while dragging, so a
 * 500-note board keeps its frame rate. The drop itself asks the browser which lane is under the
 * pointer. A tap without movement falls through to onClick.
 */
export function useNoteDrag(onDrop: (noteId: string, lane: string) => void) {
  const drag = useRef<DragState | null>(null);
  const justDragged = useRef(false);
  const drop = useRef(onDrop);
  drop.current = onDrop;

  // The page scrolled under a drag (a long lane): the boxes are re-measured at the next frame.
  useEffect(() => {
    const onScroll = () => {
      if (drag.current) drag.current.lanes = undefined;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);

  const handleProps = useMemo(() => {
    const end = () => {
      const state = drag.current;
      if (state) {
        cancelAnimationFrame(state.frame);
        state.card.classList.remove('note--dragging');
        state.card.parentElement?.classList.remove('board__item--dragging');
        state.card.style.transform = '';
        state.overLane?.classList.remove(DROP_CLASS);
      }
      drag.current = null;
    };

    return (noteId: string, fromLane: string, onTap: () => void) => ({
      onPointerDown: (event: ReactPointerEvent<HTMLElement>) => {
        if (event.button !== 0) return;
        const card = event.currentTarget.closest<HTMLElement>('.note');
        if (!card) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = {
          noteId,
          fromLane,
          card,
          startX: event.clientX,
          startY: event.clientY,
          moved: false,
          lanes: undefined,
          overLane: undefined,
          x: event.clientX,
          y: event.clientY,
          pageX: event.pageX,
          pageY: event.pageY,
          frame: 0,
        };
      },
      onPointerMove: (event: ReactPointerEvent<HTMLElement>) => {
        const state = drag.current;
        if (!state) return;
        state.x = event.clientX;
        state.y = event.clientY;
        state.pageX = event.pageX;
        state.pageY = event.pageY;
        if (!state.moved && Math.hypot(state.x - state.startX, state.y - state.startY) < THRESHOLD_PX) return;
        if (!state.moved) {
          state.moved = true;
          state.card.classList.add('note--dragging');
          state.card.parentElement?.classList.add('board__item--dragging');
        }
        if (!state.frame) state.frame = requestAnimationFrame(() => draw(state));
      },
      onPointerUp: (event: ReactPointerEvent<HTMLElement>) => {
        const state = drag.current;
        justDragged.current = state?.moved ?? false;
        if (state?.moved) {
          event.preventDefault();
          const lane = laneElementAt(event.clientX, event.clientY)?.dataset.lane;
          if (lane && lane !== state.fromLane) drop.current(state.noteId, lane);
        }
        end();
      },
      onPointerCancel: end,
      onClick: () => {
        // The click that ends a drag must not also open the move dialog.
        if (justDragged.current) justDragged.current = false;
        else onTap();
      },
    });
  }, []);

  return { handleProps };
}
