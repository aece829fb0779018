import { type CompositionEvent, type KeyboardEvent, useRef } from 'react';

/**
 * Tracks an IME composition on a text field, so Japanese input is never sent half-converted:
 * Enter that confirms a conversion (isComposing, or keyCode 229 on older Safari) is not a
 * submit, and `composing()` tells a submit button to wait.
 */
export function useComposition(onSubmitKey?: () => void) {
  const active = useRef(false);
  return {
    composing: () => active.current,
    handlers: {
      onCompositionStart: (_event: CompositionEvent) => {
        active.current = true;
      },
      onCompositionEnd: (_event: CompositionEvent) => {
        active.current = false;
      },
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key !== 'Enter') return;
        if (event.nativeEvent.isComposing || event.keyCode === 229 || active.current) return;
        if ((event.ctrlKey || event.metaKey) && onSubmitKey) {
          event.preventDefault();
          onSubmitKey();
        }
      },
    },
  };
}
