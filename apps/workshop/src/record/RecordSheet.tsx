import type { WorkshopExport } from '@chiiki/model';
import { useLanguage, useT } from '@chiiki/ui';
import { AttendanceSummary } from '../attendance/AttendanceSummary';
import { type RecordNote, recordSheet } from './recordModel';

function Card({ entry, goalName }: { entry: RecordNote; goalName: (code?: string) => string | undefined }) {
  const { t } = useT('workshop');
  const goal = goalName(entry.note.goalCode);
  return (
    <li className="rs-card">
      <p className="rs-card__text">{entry.note.text}</p>
      <p className="rs-card__meta">
        {entry.votes > 0 ? (
          <span className="rs-votes">{t('record.votes', { count: entry.votes })}</span>
        ) : null}
        {goal ? <span className="rs-goal">{goal}</span> : null}
        {entry.note.onBehalf ? <span className="rs-tag">{t('record.onBehalf')}</span> : null}
      </p>
    </li>
  );
}

/**
 * The A4 record of one workshop, drawn from its export file: header (theme, date, district,
 * facilitator), the lanes with grouped notes and vote counts, the plan goals and attendance.
 * Print CSS keeps every card whole and wraps long Japanese text instead of cutting it.
 */
export function RecordSheet({ data }: { data: WorkshopExport }) {
  const { t } = useT('workshop');
  const { language } = useLanguage();
  const sheet = recordSheet(data);
  const goalName = (code?: string) => {
    const goal = data.plan.goals.find((g) => g.code === code);
    return goal ? `${goal.code} ${language === 'en' ? goal.en : goal.ja}` : undefined;
  };
  const district = data.plan.districts.find((d) => d.code === data.workshop.districtCode)?.name;
  const phases = data.phaseLog
    .map(
      (p) =>
        `${t(`phases.${p.phase}`)} ${new Date(p.at).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' })}`,
    )
    .join(' → ');
  return (
    <article className="record-sheet" aria-labelledby="record-title">
      <header className="rs-header">
        <h1 id="record-title" className="rs-title">
          {t('record.title')}: {data.workshop.theme}
        </h1>
        <dl className="rs-facts">
          <dt>{t('record.date')}</dt>
          <dd>{data.workshop.date}</dd>
          <dt>{t('record.district')}</dt>
          <dd>{district ?? data.workshop.districtCode}</dd>
          {data.workshop.facilitator ? (
            <>
              <dt>{t('record.facilitator')}</dt>
              <dd>{data.workshop.facilitator}</dd>
            </>
          ) : null}
          <dt>{t('record.phases')}</dt>
          <dd>{phases || '—'}</dd>
        </dl>
        <p className="rs-summary">
          {t('record.summary', { notes: sheet.noteCount, votes: sheet.voteCount })}
        </p>
      </header>
      <div className="rs-lanes">
        {sheet.lanes.map(({ lane, groups, loose }) => (
          <section
            key={lane.key}
            className="rs-lane"
            style={{ '--lane-colour': lane.colour } as Record<string, string>}
            aria-labelledby={`rs-lane-${lane.key}`}
          >
            <h2 id={`rs-lane-${lane.key}`} className="rs-lane__title">
              {language === 'en' ? lane.en : lane.ja}
            </h2>
            {groups.length + loose.length === 0 ? <p className="rs-empty">{t('record.noNotes')}</p> : null}
            {groups.map(({ group, notes, votes }) => (
              <section key={group.id} className="rs-group">
                <h3 className="rs-group__title">
                  {group.name}
                  {votes > 0 ? <span className="rs-votes">{t('record.votes', { count: votes })}</span> : null}
                  {group.goalCode ? <span className="rs-goal">{goalName(group.goalCode)}</span> : null}
                </h3>
                <ul className="rs-cards">
                  {notes.map((entry) => (
                    <Card key={entry.note.id} entry={entry} goalName={goalName} />
                  ))}
                </ul>
              </section>
            ))}
            {loose.length > 0 ? (
              <ul className="rs-cards">
                {loose.map((entry) => (
                  <Card key={entry.note.id} entry={entry} goalName={goalName} />
                ))}
              </ul>
            ) : null}
          </section>
        ))}
      </div>
      <div className="rs-bottom">
        {sheet.goalsUsed.length > 0 ? (
          <section className="rs-block" aria-labelledby="rs-goals">
            <h2 id="rs-goals">{t('record.goals')}</h2>
            <ul className="rs-goal-list">
              {sheet.goalsUsed.map(({ goal, notes, votes }) => (
                <li key={goal.code}>
                  <strong>{goalName(goal.code)}</strong>: {t('record.goalLine', { notes, votes })}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section className="rs-block" aria-labelledby="rs-attendance">
          <h2 id="rs-attendance">{t('record.attendance')}</h2>
          <AttendanceSummary rows={data.attendance} />
        </section>
      </div>
      <p className="rs-printed">
        {t('record.printedAt', { at: new Date(data.exportedAt).toLocaleString(language) })}
      </p>
    </article>
  );
}
