import type { Follow } from '@chiiki/model';
import { useEffect } from 'react';

/**
 * "Bring everyone to me" on a participant's tablet: scrolls to the lane the facilitator points
 * at (smoothly unless reduced motion is asked for) whenever the facilitator changes it.
 */
export function useFollowView(follow: Follow | undefined, active: boolean): void {
  const lane = follow?.lane;
  const at = follow?.at;
  useEffect(() => {
    if (!active || at === undefined) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const target = lane
      ? document.querySelector(`[data-lane="${CSS.escape(lane)}"]`)
      : document.querySelector('.board');
    target?.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  }, [lane, at, active]);
}
