import { PHASES, type Phase } from '@chiiki/model';
import { Button, useT } from '@chiiki/ui';
import type { Send } from './useSend';

/** The phases a facilitator steps through here; closing has its own confirmed button. */
const STEPS = PHASES.filter((p) => p !== 'closed');

/** Props of PhaseControl: the current phase and the sender. */
interface PhaseControlProps {
  phase: Phase;
  send: Send;
  busy: boolean;
}

/**
 * The phase selector and a big "next" button: forward in one tap, back through the list. The
 * server records each change, reveals drafts when silent writing ends and publishes hidden votes
 * when voting ends.
 */
export function PhaseControl({ phase, send, busy }: PhaseControlProps) {
  const { t } = useT('workshop');
  const index = STEPS.indexOf(phase as (typeof STEPS)[number]);
  const next = index >= 0 ? STEPS[index + 1] : undefined;
  return (
    <div className="facil-group">
      <label className="facilitator-bar__phase">
        <span>{t('board.phase')}</span>
        <select
          value={phase}
          disabled={phase === 'closed' || busy}
          onChange={(event) => void send({ type: 'setPhase', phase: event.currentTarget.value as Phase })}
        >
          {PHASES.map((p) => (
            <option key={p} value={p} disabled={p === 'closed'}>
              {t(`phases.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {next ? (
        <Button
          variant="primary"
          disabled={busy}
          onClick={() => void send({ type: 'setPhase', phase: next })}
        >
          {t('facil.next', { phase: t(`phases.${next}`) })}
        </Button>
      ) : null}
    </div>
  );
}
