import type { Timer } from '@chiiki/model';
import { useT } from '@chiiki/ui';
import { playChime, soundOn } from './chime';
import { formatLeft, useTimerLeft } from './useTimerLeft';

/** Props of TimerDisplay: the doc's timer (absent before the facilitator set one). */
interface TimerDisplayProps {
  timer: Timer | undefined;
  /** Larger digits, read from the back of a hall on the projector. */
  large?: boolean;
}

/**
 * The phase timer as everyone sees it, counted against the server's clock. At zero it glows
 * softly (a steady highlight under reduced motion) and, where this tablet allows it, chimes once.
 * The time is announced politely to screen readers only when it runs out, not every second.
 */
export function TimerDisplay({ timer, large }: TimerDisplayProps) {
  const { t } = useT('workshop');
  const view = useTimerLeft(timer, () => {
    if (soundOn()) playChime();
  });
  if (!view) return null;
  const ready = !view.running && timer !== undefined && view.leftMs === timer.durationMs;
  const state = view.ended ? 'ended' : view.running ? 'running' : 'paused';
  const label = view.ended
    ? t('timer.ended')
    : view.running
      ? t('timer.left')
      : ready
        ? t('timer.ready')
        : t('timer.paused');
  return (
    <div className={`timer timer--${state}${large ? ' timer--large' : ''}`} data-testid="timer">
      <span className="timer__label">{label}</span>
      <span className="timer__digits" aria-hidden={view.ended ? undefined : 'true'}>
        {formatLeft(view.leftMs)}
      </span>
      <span className="visually-hidden" role="status">
        {view.ended ? t('timer.ended') : ''}
      </span>
    </div>
  );
}
