import type * as v from 'valibot';

/** A path step as valibot reports it, so our own checks name fields like the schemas do. */
export function pathOf(
  input: unknown,
  ...keys: (string | number)[]
): [v.IssuePathItem, ...v.IssuePathItem[]] {
  const items: v.IssuePathItem[] = [];
  let value: unknown = input;
  for (const key of keys) {
    const parent = value as Record<string | number, unknown>;
    value = parent?.[key];
    items.push(
      typeof key === 'number'
        ? { type: 'array', origin: 'value', input: parent as unknown as unknown[], key, value }
        : { type: 'object', origin: 'value', input: parent as Record<string, unknown>, key, value },
    );
  }
  return items as [v.IssuePathItem, ...v.IssuePathItem[]];
}

/** An issue of our own (not from a schema), shaped like valibot's so `explainIssues` words it. */
export function customIssue(
  message: string,
  received: unknown,
  path?: [v.IssuePathItem, ...v.IssuePathItem[]],
  expected: string | null = null,
): v.BaseIssue<unknown> {
  return {
    kind: 'validation',
    type: 'check',
    input: received,
    expected,
    received: String(received),
    message,
    ...(path ? { path } : {}),
  };
}
