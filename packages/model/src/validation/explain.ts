import * as v from 'valibot';
import { type FieldLabel, labelPath } from './labels';
import { describeIssue } from './messages';

/** One field's problem: where (a dot path such as `notes.3.text`) and what, in both languages. */
export type FieldProblem = { path: string; ja: string; en: string };

/**
 * The one error shape every input boundary returns (HTTP body, file import, CSV row), so the
 * UI shows the same words whether a note came from a tablet or a planner's file.
 */
export type InputError = { code: 'invalid_input'; ja: string; en: string; fields: FieldProblem[] };

/** What the caller knows about the input: what it is, and labels that differ from the default. */
export type ExplainContext = {
  /** What was being entered, e.g. { ja: '付箋', en: 'note' }; opens the summary sentence. */
  subject?: FieldLabel;
  /** Field labels that override the shared map for this input only. */
  labels?: Readonly<Record<string, FieldLabel>>;
};

/** Valibot's issues, with union/variant sub-issues flattened so each field is named. */
type Issues = readonly v.BaseIssue<unknown>[];

function pathOf(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) =>
    typeof item.key === 'number' ? item.key : String(item.key as string | number),
  );
}

function leaves(issues: Issues): v.BaseIssue<unknown>[] {
  return issues.flatMap((i) => (i.type === 'union' && i.issues ? leaves(i.issues) : [i]));
}

/**
 * Turns valibot issues into sentences a planner understands, in Japanese and English, each
 * naming the field the way the forms and CSV headers do.
 */
export function explainIssues(issues: Issues, context: ExplainContext = {}): InputError {
  const fields = leaves(issues).map((issue): FieldProblem => {
    const path = pathOf(issue);
    const label = labelPath(path, context.labels);
    const text = describeIssue(issue);
    return { path: path.join('.'), ja: `${label.ja}: ${text.ja}`, en: `${label.en}: ${text.en}` };
  });
  const subject = context.subject;
  const headJa = `${subject ? `${subject.ja}の` : ''}入力内容に誤りがあります（${fields.length} 件）`;
  const headEn = `${subject ? `The ${subject.en}` : 'The input'} has ${fields.length} problem${fields.length === 1 ? '' : 's'}`;
  return {
    code: 'invalid_input',
    ja: `${headJa}。${fields.map((f) => f.ja).join('／')}`,
    en: `${headEn}. ${fields.map((f) => f.en).join('; ')}`,
    fields,
  };
}

/** The result of parsing untrusted input: the typed value, or an error to show as is. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: InputError };

/**
 * Parses untrusted input with a schema and never throws: boundaries return the explained
 * error to the user instead of a stack trace or valibot's English.
 */
export function parseOrExplain<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  context?: ExplainContext,
): ParseResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, error: explainIssues(result.issues, context) };
}

/** Where a CSV row came from, as the planner sees it in Excel (row 1 is the header). */
export type RowPlace = { file: string; row: number };

/**
 * Explains a CSV row's problems by file, row and column (「activities.csv の 12 行目、列「参加者数」:
 * 数値ではありません」), so a planner can open the file in Excel and fix exactly that cell.
 */
export function explainRow(place: RowPlace, issues: Issues, context: ExplainContext = {}): InputError {
  const fields = leaves(issues).map((issue): FieldProblem => {
    const path = pathOf(issue);
    const last = path.at(-1);
    const label = labelPath(last === undefined ? [] : [last], context.labels);
    const column = path.length > 0;
    const text = describeIssue(issue);
    return {
      path: path.join('.'),
      ja: `${place.file} の ${place.row} 行目${column ? `、列${label.ja}` : ''}: ${text.ja}`,
      en: `${place.file}, row ${place.row}${column ? `, column ${label.en}` : ''}: ${text.en}`,
    };
  });
  return {
    code: 'invalid_input',
    ja: fields.map((f) => f.ja).join('\n'),
    en: fields.map((f) => f.en).join('\n'),
    fields,
  };
}
