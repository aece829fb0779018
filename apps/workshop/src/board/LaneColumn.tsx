import type { Lane } from '@chiiki/model';
import { LaneHeader, useLanguage, useT } from '@chiiki/ui';
import type { ReactNode } from 'react';

/** Props of LaneColumn: the lane, how many notes it holds, and the add-here action. */
interface LaneColumnProps {
  lane: Lane;
  count: number;
  /** The facilitator locked this lane: participants cannot change it. */
  locked?: boolean;
  /** Everyone's view follows the facilitator to this lane. */
  followed?: boolean;
  onAddHere?: (() => void) | undefined;
  children: ReactNode;
}

/**
 * One role lane of the board as a labelled region: header with the lane's colour and name,
 * its cards as a list, and an "add here" button that starts a note already on this lane.
 */
export function LaneColumn({ lane, count, locked, followed, onAddHere, children }: LaneColumnProps) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const headingId = `lane-${lane.key}`;
  const name = language === 'en' ? lane.en : lane.ja;
  return (
    <section
      className={followed ? 'lane lane--followed' : 'lane'}
      data-lane={lane.key}
      aria-labelledby={headingId}
      style={{ '--lane-colour': lane.colour } as Record<string, string>}
    >
      <LaneHeader id={headingId} name={name} colour={lane.colour} count={count} />
      {locked ? <p className="lane__locked">🔒 {t('lock.laneLocked')}</p> : null}
      {count === 0 ? <p className="lane__empty">{t('board.empty')}</p> : null}
      <ul className="lane__notes">{children}</ul>
      {onAddHere ? (
        <button type="button" className="btn btn--quiet lane__add" onClick={onAddHere}>
          ＋ {t('board.addHere')}
        </button>
      ) : null}
    </section>
  );
}
