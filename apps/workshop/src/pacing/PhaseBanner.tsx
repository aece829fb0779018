import { type Locks, PHASE_RULES, type Phase, type Timer } from '@chiiki/model';
import { useLanguage, useT } from '@chiiki/ui';
import { TimerDisplay } from './TimerDisplay';

/** Props of PhaseBanner: the phase, its timer, the locks, and whether views follow the facilitator. */
interface PhaseBannerProps {
  phase: Phase;
  timer: Timer | undefined;
  locks: Locks;
  following: boolean;
  /** Dots left to this participant in the voting phase (undefined: not shown). */
  dotsLeft?: number | undefined;
}

/**
 * The one line that tells everyone what to do now, taken from the model's PHASE_RULES (the same
 * table the server enforces), big and at the top of every tablet, with the timer beside it and
 * a plain notice when the board is locked or everyone's view follows the facilitator.
 */
export function PhaseBanner({ phase, timer, locks, following, dotsLeft }: PhaseBannerProps) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const rule = PHASE_RULES[phase];
  return (
    <section className={`phase-banner phase-banner--${phase}`} aria-labelledby="phase-banner-title">
      {/* Polite live region: a phase change is read out once, without interrupting. */}
      <div className="phase-banner__text" aria-live="polite">
        <h2 id="phase-banner-title" className="phase-banner__phase">
          {t(`phases.${phase}`)}
        </h2>
        <p className="phase-banner__instruction" data-testid="phase-instruction">
          {language === 'en' ? rule.en : rule.ja}
        </p>
        {dotsLeft === undefined ? null : (
          <p className="phase-banner__dots" data-testid="dots-left">
            {t('vote.left', { count: dotsLeft })}
          </p>
        )}
        {locks.board && phase !== 'closed' ? (
          <p className="phase-banner__notice">{t('lock.boardLocked')}</p>
        ) : null}
        {following ? (
          <p className="phase-banner__notice" role="status">
            {t('follow.notice')}
          </p>
        ) : null}
      </div>
      {phase === 'closed' ? null : <TimerDisplay timer={timer} />}
    </section>
  );
}
