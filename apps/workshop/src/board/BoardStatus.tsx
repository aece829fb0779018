import { StatusPill } from '@chiiki/ui';
import type { Present } from '../sync/usePresence';
import type { WorkshopSync } from '../sync/useWorkshopSync';
import { PresenceBadge } from './PresenceBadge';

/**
 * The strip above the board: who is here, whether this tablet is connected, and how much it has
 * not sent yet — so a person on a dropping Wi-Fi knows their notes are kept, not lost.
 */
export function BoardStatus({
  people,
  link,
  pending,
}: {
  people: readonly Present[];
  link: WorkshopSync['link'] | undefined;
  pending: number;
}) {
  return (
    <div className="board-status">
      <PresenceBadge people={people} />
      <StatusPill status={link ?? 'connecting'} />
      {pending > 0 ? <StatusPill status="waiting" pending={pending} /> : null}
    </div>
  );
}
