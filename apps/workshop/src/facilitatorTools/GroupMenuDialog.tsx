import type { Goal, Group } from '@chiiki/model';
import { Button, Dialog, useLanguage, useT } from '@chiiki/ui';
import { useState } from 'react';
import { GroupNameField } from './GroupNameField';
import type { Send } from './useSend';

/** Props of GroupMenuDialog: the group, the plan's goals, the sender, and closing. */
interface GroupMenuDialogProps {
  open: boolean;
  group: Group;
  goals: readonly Goal[];
  send: Send;
  onClose: () => void;
}

/**
 * A group's settings for the facilitator: its name, its plan goal, or taking it apart (its notes
 * stay on the board, ungrouped). Each change is a server command.
 */
export function GroupMenuDialog({ open, group, goals, send, onClose }: GroupMenuDialogProps) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const [name, setName] = useState(group.name);
  const [goal, setGoal] = useState(group.goalCode ?? '');
  const save = async () => {
    const renamed =
      name.trim() === group.name ||
      (await send({
        type: 'putGroup',
        groupId: group.id,
        lane: group.lane,
        name: name.trim(),
        ...(group.goalCode ? { goalCode: group.goalCode } : {}),
      }));
    const tagged =
      goal === (group.goalCode ?? '') ||
      (await send({ type: 'tag', target: 'group', id: group.id, goalCode: goal || null }));
    if (renamed && tagged) onClose();
  };
  const ungroup = async () => {
    if (await send({ type: 'deleteGroup', groupId: group.id })) onClose();
  };
  return (
    <Dialog open={open} title={t('facil.groupMenu')} onClose={onClose}>
      <div className="stack">
        <GroupNameField value={name} onChange={setName} />
        <label className="field">
          <span className="field__label">{t('facil.goalTitle')}</span>
          <select value={goal} onChange={(e) => setGoal(e.currentTarget.value)}>
            <option value="">{t('facil.noGoal')}</option>
            {goals.map((g) => (
              <option key={g.code} value={g.code}>
                {g.code} {language === 'en' ? g.en : g.ja}
              </option>
            ))}
          </select>
        </label>
        <div className="composer__actions">
          <Button variant="danger" onClick={() => void ungroup()}>
            {t('facil.ungroup')}
          </Button>
          <Button variant="primary" size="large" disabled={!name.trim()} onClick={() => void save()}>
            {t('board.save')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
