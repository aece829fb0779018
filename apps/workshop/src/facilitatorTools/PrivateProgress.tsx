import type { Phase } from '@chiiki/model';
import { useT } from '@chiiki/ui';
import { useEffect, useState } from 'react';
import type { Session } from '../session/session';

interface Progress {
  drafts: number;
  hiddenVotes: number;
  participants: unknown[];
}

/**
 * What the facilitator cannot see on the board while it is private: how many people are writing
 * and how many drafts exist (silent writing), how many hidden dots were cast (hidden voting).
 * Polled every five seconds from `GET /api/workshops/:id/private`, only in those phases.
 */
export function PrivateProgress({
  session,
  phase,
  hidden,
}: {
  session: Session;
  phase: Phase;
  hidden: boolean;
}) {
  const { t } = useT('workshop');
  const [progress, setProgress] = useState<Progress>();
  const active = phase === 'writing' || (phase === 'voting' && hidden);
  useEffect(() => {
    if (!active) return;
    let live = true;
    const load = async () => {
      const response = await fetch(`/api/workshops/${encodeURIComponent(session.workshopId)}/private`, {
        headers: { authorization: `Bearer ${session.token}` },
        cache: 'no-store',
      }).catch(() => undefined);
      if (live && response?.ok) setProgress((await response.json()) as Progress);
    };
    void load();
    const id = setInterval(() => void load(), 5000);
    return () => {
      live = false;
      clearInterval(id);
    };
  }, [active, session]);
  if (!active || !progress) return null;
  return (
    <p className="private-progress" role="status" data-testid="private-progress">
      {phase === 'writing'
        ? t('facil.drafts', { people: progress.participants.length, drafts: progress.drafts })
        : t('facil.hiddenVotes', { votes: progress.hiddenVotes })}
    </p>
  );
}
