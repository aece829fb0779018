import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AddNoteSchema } from '../commands/commands';
import { DEFAULT_PLAN } from '../plan/defaultPlan';
import { ActivitySchema } from '../records/activity';
import { PlanSchema } from '../records/plan';
import { explainIssues, explainRow, parseOrExplain } from './explain';
import { labelPath } from './labels';
import { MESSAGE_KEYS } from './messages';

const activity = {
  typeName: 'activity',
  date: '2025-06-01',
  districtCode: 'D01',
  kind: 'salon',
  organiser: 'council',
  participants: 12,
  volunteers: 3,
};

describe('parseOrExplain', () => {
  it('returns the typed value for valid input', () => {
    const r = parseOrExplain(ActivitySchema, activity);
    expect(r).toEqual({ ok: true, value: activity });
  });

  it('names an over-long note text in Japanese and English', () => {
    const r = parseOrExplain(
      AddNoteSchema,
      {
        type: 'addNote',
        commandId: 'cmd-0001',
        noteId: 'note-0001',
        lane: 'citizen',
        text: 'あ'.repeat(501),
      },
      { subject: { ja: '付箋', en: 'note' } },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.fields).toEqual([
      {
        path: 'text',
        ja: '「本文」: 500 文字以内にしてください（いまは 501 文字）',
        en: 'text: must be at most 500 characters (it has 501)',
      },
    ]);
    expect(r.error.ja).toBe(
      '付箋の入力内容に誤りがあります（1 件）。「本文」: 500 文字以内にしてください（いまは 501 文字）',
    );
    expect(r.error.en).toMatch(/^The note has 1 problem\. text: must be at most 500/);
  });

  it('says an empty (whitespace-only) text is required', () => {
    const r = parseOrExplain(AddNoteSchema, {
      type: 'addNote',
      commandId: 'cmd-0001',
      noteId: 'note-0001',
      lane: 'citizen',
      text: '   ',
    });
    expect(r.ok || r.error.fields[0]?.ja).toBe('「本文」: 入力されていません（空にはできません）');
  });

  it('explains several problems, each with the field name in Japanese', () => {
    const r = parseOrExplain(ActivitySchema, {
      ...activity,
      districtCode: '中央',
      date: '2025/06/01',
      participants: -1,
      kind: 'party',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.error.fields.map((f) => [f.path, f.ja]));
    expect(byPath).toEqual({
      date: '「日付」: 日付の形式が正しくありません（例: 2025-04-01）',
      districtCode: '「地区」: コードの形式が正しくありません（半角英数字 16 文字まで）',
      kind: expect.stringMatching(/^「種別」: 選べる値ではありません（"party"）/),
      participants: '「参加者数」: 0 以上の数にしてください',
    });
  });

  it('words valibot default issues (missing field, wrong type) for a planner', () => {
    const { typeName: _, ...noType } = activity;
    const r = parseOrExplain(ActivitySchema, { ...noType, volunteers: '三' });
    if (r.ok) throw new Error('expected failure');
    expect(r.error.fields.map((f) => f.ja)).toEqual([
      '「記録の種類」: 入力されていません',
      '「ボランティア数」: 数値ではありません',
    ]);
    expect(r.error.fields[1]?.en).toBe('volunteers: is not a number');
  });

  it('names nested paths: plan lanes and the plan period', () => {
    const plan = {
      ...DEFAULT_PLAN,
      lanes: DEFAULT_PLAN.lanes.map((l, i) => (i === 2 ? { ...l, colour: 'blue' } : l)),
    };
    const r = parseOrExplain(PlanSchema, plan);
    if (r.ok) throw new Error('expected failure');
    expect(r.error.fields).toEqual([
      {
        path: 'lanes.2.colour',
        ja: '役割レーン 3 件目の「色」: 色の形式が正しくありません（例: #1d4ed8）',
        en: 'lanes #3 › colour: is not a colour (e.g. #1d4ed8)',
      },
    ]);
  });

  it('explains plan-wide checks (period order, duplicate keys) without a field', () => {
    const plan = {
      ...DEFAULT_PLAN,
      period: { from: 2030, to: 2024 },
      lanes: [...DEFAULT_PLAN.lanes, DEFAULT_PLAN.lanes[0]],
    };
    const r = parseOrExplain(PlanSchema, plan);
    if (r.ok) throw new Error('expected failure');
    expect(r.error.fields.map((f) => f.ja)).toEqual([
      '入力全体: 計画期間の開始年度が終了年度より後になっています',
      '入力全体: 同じキーが 2 回以上使われています',
    ]);
  });
});

describe('explainRow', () => {
  it('says file, row and column', () => {
    const r = v.safeParse(ActivitySchema, { ...activity, participants: Number('十二') });
    if (r.success) throw new Error('expected failure');
    const e = explainRow({ file: 'activities.csv', row: 12 }, r.issues);
    expect(e.ja).toBe('activities.csv の 12 行目、列「参加者数」: 数値ではありません');
    expect(e.en).toBe('activities.csv, row 12, column participants: is not a number');
    expect(e.fields[0]?.path).toBe('participants');
  });
});

describe('messages', () => {
  it('has a ja and en wording for every message key', () => {
    for (const key of MESSAGE_KEYS) {
      const issue = {
        kind: 'validation',
        type: 'check',
        message: key,
        received: '1',
        expected: null,
        input: 1,
      } as const;
      const e = explainIssues([issue]);
      expect(e.fields[0]?.ja, key).not.toMatch(/値が正しくありません/);
      expect(e.fields[0]?.en, key).not.toMatch(/is not valid$/);
    }
  });

  it('does not treat Object.prototype names as message keys or labels', () => {
    const issue = {
      kind: 'validation',
      type: 'constructor',
      message: 'toString',
      received: '1',
      expected: null,
      input: 1,
    } as const;
    expect(explainIssues([issue]).fields[0]?.ja).toBe('入力全体: 値が正しくありません');
    expect(labelPath(['constructor'])).toEqual({ ja: '「constructor」', en: 'constructor' });
  });
});
