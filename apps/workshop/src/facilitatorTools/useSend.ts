import { type BoardCommand, type CommandId, newId } from '@chiiki/model';
import { useLanguage } from '@chiiki/ui';
import { useCallback, useState } from 'react';
import { ApiError, api } from '../api/client';
import { noteServerTime } from '../pacing/clock';
import type { Session } from '../session/session';

/** A facilitator command without its id: useSend gives each one a fresh commandId. */
type FacilitatorIntent = BoardCommand extends infer C
  ? C extends BoardCommand
    ? Omit<C, 'commandId'>
    : never
  : never;

/**
 * Sends the facilitator's commands (phase, timer, locks, groups, …) to the server, which owns
 * those parts of the board, retrying a network failure with the same command id (applied once),
 * and keeps the last refusal in both languages to show in the bar.
 */
export function useSend(session: Session) {
  const { language } = useLanguage();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const send = useCallback(
    async <T = unknown>(intent: FacilitatorIntent): Promise<T | undefined> => {
      const command = { ...intent, commandId: newId<CommandId>() } as BoardCommand;
      setBusy(true);
      setError(undefined);
      try {
        for (let attempt = 0; ; attempt++) {
          try {
            const sentAt = Date.now();
            const answer = await api.command<T & { serverNow?: number }>(
              session.workshopId,
              session.token,
              command,
            );
            if (typeof answer?.serverNow === 'number') noteServerTime(answer.serverNow, sentAt, Date.now());
            return answer;
          } catch (e) {
            if (!(e instanceof ApiError) || !e.retryable || attempt >= 3) throw e;
            await new Promise((done) => setTimeout(done, 400 * 2 ** attempt));
          }
        }
      } catch (e) {
        const message = e instanceof ApiError ? (language === 'en' ? e.en : e.ja) || e.code : String(e);
        setError(message);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [session, language],
  );
  return { send, error, busy, clearError: () => setError(undefined) };
}

/** The sender a facilitator control gets. */
export type Send = ReturnType<typeof useSend>['send'];
