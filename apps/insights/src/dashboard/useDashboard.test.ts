import { DEFAULT_PLAN } from '@chiiki/model';
import { JSDOM } from 'jsdom';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbQuery } from '../app/useDbQuery';
import type { PlanInfo } from '../app/usePlanInfo';
import type { Db, Row } from '../db/types';
import { type Filters, NO_FILTERS } from '../indicators/filters';
import type { DashboardData } from './loadDashboard';
import { useDashboard } from './useDashboard';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
const globals = globalThis as unknown as Record<string, unknown>;
beforeAll(() => {
  globals.window = dom.window;
  globals.document = dom.window.document;
  globals.IS_REACT_ACT_ENVIRONMENT = true;
});
afterAll(() => {
  delete globals.window;
  delete globals.document;
  delete globals.IS_REACT_ACT_ENVIRONMENT;
});

const plan: PlanInfo = {
  districts: [
    { code: 'D01', name: '中央' },
    { code: 'D02', name: '東' },
  ],
  lanes: DEFAULT_PLAN.lanes,
  goals: [],
  fiscalYears: [2025],
} as PlanInfo;
const label = () => '';
const none: never[] = [];

/**
 * A database whose first query naming a district waits until the test releases it, so runs can
 * be made to finish out of order; every other query answers with no rows, or fails on request.
 */
function gatedDb(fail = false) {
  const gates = new Map<string, () => void>();
  const db: Db = {
    async query(_sql: string, params: unknown[] = []): Promise<Row[]> {
      if (fail) throw new Error('boom');
      // The first statement of a run sets the filters, district first: hold it until released.
      const district = params[0];
      if (typeof district === 'string' && /^D\d+$/.test(district) && !gates.has(district)) {
        await new Promise<void>((resolve) => gates.set(district, resolve));
      }
      return [];
    },
    async exec() {},
    async check() {
      return [];
    },
  } as unknown as Db;
  return { db, release: (district: string) => gates.get(district)?.() };
}

type Seen = { last: DbQuery<DashboardData> | null };

/** Calls the hook and writes down what it returned. */
function Probe({ db, filters, seen }: { db: Db; filters: Filters; seen: Seen }) {
  seen.last = useDashboard(db, 1, filters, 5, plan, label, none);
  return null;
}

/** Renders the hook with the given filters and returns what it said last. */
function mount(db: Db) {
  const seen: Seen = { last: null };
  const root = createRoot(document.createElement('div'));
  const render = (filters: Filters) =>
    act(async () => {
      root.render(createElement(Probe, { db, filters, seen }));
    });
  return { seen, render, unmount: () => act(async () => root.unmount()) };
}

const settle = () => act(async () => new Promise<void>((resolve) => setTimeout(resolve, 20)));

describe('useDashboard', () => {
  it('drops the result of a run overtaken by newer filters', async () => {
    const { db, release } = gatedDb();
    const { seen, render, unmount } = mount(db);
    await render({ ...NO_FILTERS, district: 'D01' });
    await render({ ...NO_FILTERS, district: 'D02' });
    release('D02');
    await settle();
    expect(seen.last?.data?.notes.rowKeys).toEqual(['D02']);
    release('D01'); // the older run finishes last and must not win
    await settle();
    expect(seen.last?.data?.notes.rowKeys).toEqual(['D02']);
    expect(seen.last?.loading).toBe(false);
    await unmount();
  });

  it('keeps a failure as an error instead of an empty dashboard', async () => {
    const { db } = gatedDb(true);
    const { seen, render, unmount } = mount(db);
    await render(NO_FILTERS);
    await settle();
    expect(seen.last).toMatchObject({ data: null, error: 'boom', loading: false });
    await unmount();
  });
});
