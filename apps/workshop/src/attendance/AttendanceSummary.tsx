import { AFFILIATIONS, type Affiliation, AGE_BANDS, type Attendance } from '@chiiki/model';
import { useLanguage, useT } from '@chiiki/ui';
import { affiliationLabel } from './affiliationLabel';
import { summarize } from './summarize';

/**
 * The attendance figures as a small table (total, by tablet or head count, by age band and
 * affiliation): what the facilitator checks before closing and what the A4 record prints.
 */
export function AttendanceSummary({ rows }: { rows: readonly Attendance[] }) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const totals = summarize(rows);
  const ages = [...AGE_BANDS, 'unknown'].filter((k) => totals.byAge.has(k));
  const affiliations = [...AFFILIATIONS, 'unknown'].filter((k) => totals.byAffiliation.has(k));
  const affiliationName = (k: string) =>
    k === 'unknown' ? t('attendance.unknown') : affiliationLabel(k as Affiliation, language, t);
  return (
    <div className="attendance-summary">
      <p className="attendance-summary__total">
        {t('attendance.total', { total: totals.total, tablet: totals.viaTablet, head: totals.headCount })}
      </p>
      <table className="attendance-summary__table">
        <caption>{t('attendance.byAge')}</caption>
        <tbody>
          {ages.map((k) => (
            <tr key={k}>
              <th scope="row">{k === 'unknown' ? t('attendance.unknown') : t(`join.ages.${k}`)}</th>
              <td>{totals.byAge.get(k)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="attendance-summary__table">
        <caption>{t('attendance.byAffiliation')}</caption>
        <tbody>
          {affiliations.map((k) => (
            <tr key={k}>
              <th scope="row">{affiliationName(k)}</th>
              <td>{totals.byAffiliation.get(k)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
