import type { Timer } from '@chiiki/model';
import { Button, useT } from '@chiiki/ui';
import { useState } from 'react';
import { setSoundOn, soundOn } from '../pacing/chime';
import type { Send } from './useSend';

/** Props of TimerControls: the doc's timer and the sender. */
interface TimerControlsProps {
  timer: Timer | undefined;
  send: Send;
  busy: boolean;
}

/**
 * Set minutes (stopped), start, pause/resume and +1 minute for the phase timer. The server keeps the timer
 * in server time; every screen (this one too) counts down from the document. The sound toggle
 * is this tablet's own choice.
 */
export function TimerControls({ timer, send, busy }: TimerControlsProps) {
  const { t } = useT('workshop');
  const [minutes, setMinutes] = useState(() => String(timer ? Math.round(timer.durationMs / 60000) || 5 : 5));
  const [sound, setSound] = useState(soundOn);
  const ms = Math.round(Math.min(240, Math.max(1, Number(minutes) || 1)) * 60_000);
  const running = timer?.running ?? false;
  return (
    <fieldset className="facil-group facil-timer">
      <legend>{t('timer.title')}</legend>
      <label className="facil-timer__minutes">
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={240}
          value={minutes}
          onChange={(event) => setMinutes(event.currentTarget.value)}
        />
        <span>{t('timer.minutes')}</span>
      </label>
      <Button disabled={busy} onClick={() => void send({ type: 'timer', action: 'set', ms })}>
        {t('timer.set')}
      </Button>
      <Button disabled={busy} onClick={() => void send({ type: 'timer', action: 'start', ms })}>
        {t('timer.start')}
      </Button>
      {running ? (
        <Button disabled={busy} onClick={() => void send({ type: 'timer', action: 'pause' })}>
          {t('timer.pause')}
        </Button>
      ) : timer && timer.remainingMs > 0 && timer.remainingMs < timer.durationMs ? (
        <Button disabled={busy} onClick={() => void send({ type: 'timer', action: 'resume' })}>
          {t('timer.resume')}
        </Button>
      ) : null}
      <Button
        disabled={busy || !timer}
        onClick={() => void send({ type: 'timer', action: 'add', ms: 60_000 })}
      >
        {t('timer.addMinute')}
      </Button>
      <label className="facil-check">
        <input
          type="checkbox"
          checked={sound}
          onChange={(event) => {
            setSound(event.currentTarget.checked);
            setSoundOn(event.currentTarget.checked);
          }}
        />
        {t('timer.sound')}
      </label>
    </fieldset>
  );
}
