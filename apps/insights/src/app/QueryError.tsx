import { useT } from '@chiiki/ui';

/**
 * Says, in the chosen language and to screen readers, that a query failed and why, so a failed
 * query is never mistaken for a table with no rows.
 */
export function QueryError({ error }: { error: string | null }) {
  const { t } = useT('insights');
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {t('query.failed', { error })}
    </p>
  );
}
