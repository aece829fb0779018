import { useLayoutEffect } from 'react';

/**
 * Removes index.html's start-up shell (`#boot`) once the screen calling this has its own content
 * to show, before that content is painted. Until then the shell stays on screen, so a board
 * waiting for its first state costs no React render of a loading frame, and is never blank.
 */
export function useBootShellGone(gone: boolean): void {
  useLayoutEffect(() => {
    if (gone) document.getElementById('boot')?.remove();
  }, [gone]);
}
