import type { Group } from '@chiiki/model';
import { Button, useT } from '@chiiki/ui';
import type { ReactNode } from 'react';

/** Props of GroupBox: the group, its goal label, and (for the facilitator) its menu. */
interface GroupBoxProps {
  group: Group;
  goal: string | undefined;
  onMenu?: ((group: Group) => void) | undefined;
  children: ReactNode;
}

/** A named group of notes inside a lane: a dashed box with its name and plan goal, cards inside. */
export function GroupBox({ group, goal, onMenu, children }: GroupBoxProps) {
  const { t } = useT('workshop');
  const titleId = `group-${group.id}`;
  return (
    <li className="group" aria-labelledby={titleId} data-group-id={group.id}>
      <h3 id={titleId} className="group__title">
        <span>{group.name || t('facil.unnamedGroup')}</span>
        {goal ? <span className="chip chip--goal">{t('facil.goalChip', { goal })}</span> : null}
        {onMenu ? (
          <Button className="group__menu" aria-describedby={titleId} onClick={() => onMenu(group)}>
            {t('facil.menu')}
          </Button>
        ) : null}
      </h3>
      <ul className="group__notes">{children}</ul>
    </li>
  );
}
