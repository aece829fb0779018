import type { FieldProblem } from '@chiiki/model';
import { useLanguage } from '@chiiki/ui';

/** Props of Problems: a heading and the problems, each already naming file, row and column. */
interface ProblemsProps {
  heading: string;
  problems: readonly FieldProblem[];
}

/** The list of what is wrong in a file, in the chosen language, announced to screen readers. */
export function Problems({ heading, problems }: ProblemsProps) {
  const { language } = useLanguage();
  return (
    <section className="card card--error" role="alert">
      <h2>{heading}</h2>
      <ul>
        {problems.slice(0, 50).map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity beyond their order
          <li key={i}>{language === 'ja' ? p.ja : p.en}</li>
        ))}
      </ul>
      {problems.length > 50 ? <p>… +{problems.length - 50}</p> : null}
    </section>
  );
}
