import { Button, useT } from '@chiiki/ui';
import { type Source, sourceRowCount } from '../store/source';

interface SourcesListProps {
  sources: readonly Source[];
  onRemove: (id: string) => void;
  onClear: () => void;
}

/** What has been loaded (file, kind, encoding, rows, when), each removable, plus "clear all data". */
export function SourcesList({ sources, onRemove, onClear }: SourcesListProps) {
  const { t } = useT('insights');
  return (
    <section className="card">
      <h2>{t('start.sources')}</h2>
      {sources.length === 0 ? (
        <p>{t('start.none')}</p>
      ) : (
        <table className="data">
          <tbody>
            {sources.map((s) => (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td>{s.detail ?? ''}</td>
                <td className="num">{t('start.rows', { n: sourceRowCount(s).toLocaleString('ja-JP') })}</td>
                <td>{new Date(s.loadedAt).toLocaleString('ja-JP')}</td>
                <td>
                  <Button variant="quiet" onClick={() => onRemove(s.id)}>
                    {t('start.remove')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Button
        variant="danger"
        disabled={sources.length === 0}
        onClick={() => confirm(t('start.clearConfirm')) && onClear()}
      >
        {t('start.clear')}
      </Button>
    </section>
  );
}
