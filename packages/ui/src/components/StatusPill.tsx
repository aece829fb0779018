import { useTranslation } from 'react-i18next';

/** The connection states a tablet shows: reachable, not reachable, or holding unsent notes. */
export type ConnectionStatus = 'online' | 'offline' | 'waiting' | 'connecting';

/** Props of StatusPill: the state and, while waiting, how many commands are unsent. */
export interface StatusPillProps {
  status: ConnectionStatus;
  pending?: number;
}

/**
 * A small live region naming the connection state in words and colour, so a participant on
 * poor Wi-Fi knows their notes are kept and will be sent (「送信待ち n 件」).
 */
export function StatusPill({ status, pending = 0 }: StatusPillProps) {
  const { t } = useTranslation('ui');
  const label = status === 'waiting' ? t('status.waiting', { count: pending }) : t(`status.${status}`);
  return (
    <output className={`status-pill status-pill--${status}`} aria-live="polite">
      {label}
    </output>
  );
}
