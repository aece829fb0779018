import { Button, Dialog, useT } from '@chiiki/ui';
import { useState } from 'react';
import { GroupNameField } from './GroupNameField';

/** Props of GroupDialog: how many notes are selected and what to do with the name. */
interface GroupDialogProps {
  open: boolean;
  count: number;
  onGroup: (name: string) => void;
  onClose: () => void;
}

/** Names a new group of the selected notes (「見守り」「居場所づくり」…) before it is made. */
export function GroupDialog({ open, count, onGroup, onClose }: GroupDialogProps) {
  const { t } = useT('workshop');
  const [name, setName] = useState('');
  return (
    <Dialog open={open} title={t('facil.groupTitle', { count })} onClose={onClose}>
      <div className="stack">
        <GroupNameField value={name} onChange={setName} />
        <div className="composer__actions">
          <Button onClick={onClose}>{t('board.cancel')}</Button>
          <Button variant="primary" size="large" disabled={!name.trim()} onClick={() => onGroup(name.trim())}>
            {t('facil.groupConfirm')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
