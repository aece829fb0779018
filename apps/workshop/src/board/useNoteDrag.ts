import { type PointerEvent as ReactPointerEvent, useRef, useState } from 'react';

interface DragState {
  noteId: string;
  fromLane: string;
  card: HTMLElement;
  startX: number;
  startY: number;
  moved: boolean;
  overLane: string | undefined;
}

const THRESHOLD_PX = 6;

function laneAt(x: number, y: number): string | undefined {
  const element = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-lane]');
  return element?.dataset.lane;
}

/**
 * Drag a note to another lane with Pointer Events, so touch, pen and mouse share one code path.
 * The card follows the pointer by a CSS transform set directly (no React render per frame);
 * only the highlighted lane is state. A tap without movement falls through to onClick.
 */
export function useNoteDrag(onDrop: (noteId: string, lane: string) => void) {
  const drag = useRef<DragState | null>(null);
  const justDragged = useRef(false);
  const [overLane, setOverLane] = useState<string>();

  const end = () => {
    const state = drag.current;
    if (state) {
      state.card.classList.remove('note--dragging');
      state.card.style.transform = '';
    }
    drag.current = null;
    setOverLane(undefined);
  };

  const handleProps = (noteId: string, fromLane: string, onTap: () => void) => ({
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
      }
      state.card.style.transform = `translate(${dx}px, ${dy}px) rotate(2deg)`;
      const lane = laneAt(event.clientX, event.clientY);
      if (lane !== state.overLane) {
        state.overLane = lane;
        setOverLane(lane);
      }
    },
    onPointerUp: (event: ReactPointerEvent<HTMLElement>) => {
      const state = drag.current;
      justDragged.current = state?.moved ?? false;
      if (state?.moved) {
        event.preventDefault();
        const lane = laneAt(event.clientX, event.clientY);
        if (lane && lane !== state.fromLane) onDrop(state.noteId, lane);
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

  return { handleProps, overLane };
}
