import { useT } from '@chiiki/ui';

/** The group-name field both group dialogs share, so naming a new group and renaming one read alike. */
export function GroupNameField({ value, onChange }: { value: string; onChange: (name: string) => void }) {
  const { t } = useT('workshop');
  return (
    <label className="field">
      <span className="field__label">{t('facil.groupName')}</span>
      <input
        type="text"
        maxLength={100}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        data-autofocus
      />
    </label>
  );
}
