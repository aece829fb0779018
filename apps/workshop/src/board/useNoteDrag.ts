import { type PointerEvent as ReactPointerEvent, useMemo, useRef } from 'react';

interface DragState {
  noteId: string;
  fromLane: string;
  card: HTMLElement;
  startX: number;
  startY: number;
  moved: boolean;
  overLane: HTMLElement | undefined;
}

const THRESHOLD_PX = 6;

function laneAt(x: number, y: number): HTMLElement | undefined {
  return document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-lane]') ?? undefined;
}

const DROP_CLASS = 'lane--drop';

/**
 * Drag a note to another lane with Pointer Events, so touch, pen and mouse share one code path.
 * The card follows the pointer by a CSS transform and the lane under it is highlighted by a
 * class, both set directly on the DOM: no React render while dragging, so a 500-note board
 * keeps its frame rate. A tap without movement falls through to onClick.
 */
export function useNoteDrag(onDrop: (noteId: string, lane: string) => void) {
  const drag = useRef<DragState | null>(null);
  const justDragged = useRef(false);
  const drop = useRef(onDrop);
  drop.current = onDrop;

  const handleProps = useMemo(() => {
    const end = () => {
      const state = drag.current;
      if (state) {
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
          overLane: undefined,
        };
      },
      onPointerMove: (event: ReactPointerEvent<HTMLElement>) => {
        const state = drag.current;
        if (!state) return;
        const dx = event.clientX - state.startX;
        const dy = event.clientY - state.startY;
        if (!state.moved && Math.hypot(dx, dy) < THRESHOLD_PX) return;
        if (!state.moved) {
          state.moved = true;
          state.card.classList.add('note--dragging');
          state.card.parentElement?.classList.add('board__item--dragging');
        }
        state.card.style.transform = `translate(${dx}px, ${dy}px) rotate(2deg)`;
        const lane = laneAt(event.clientX, event.clientY);
        if (lane !== state.overLane) {
          state.overLane?.classList.remove(DROP_CLASS);
          lane?.classList.add(DROP_CLASS);
          state.overLane = lane;
        }
      },
      onPointerUp: (event: ReactPointerEvent<HTMLElement>) => {
        const state = drag.current;
        justDragged.current = state?.moved ?? false;
        if (state?.moved) {
          event.preventDefault();
          const lane = laneAt(event.clientX, event.clientY)?.dataset.lane;
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
