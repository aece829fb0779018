import { afterEach, beforeEach, expect, it } from 'vitest';
import { ACTIVITY_FIELDS } from '../fields';
import { recallMapping, rememberMapping } from './mapping';

const store = new Map<string, string>();
beforeEach(() => {
  globalThis.localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  } as Storage;
});
afterEach(() => store.clear());

it('a mapping chosen once is recalled for a file with the same headers, not for others', () => {
  const header = ['実施日', '地区名', '事業区分', '主催者', '参加人数'];
  const auto = recallMapping('activities', header, ACTIVITY_FIELDS);
  expect(auto.kind).toBeNull();
  rememberMapping('activities', header, { ...auto, kind: 2 });
  expect(recallMapping('activities', header, ACTIVITY_FIELDS).kind).toBe(2);
  expect(recallMapping('activities', [...header, '備考'], ACTIVITY_FIELDS).kind).toBeNull();
  store.set([...store.keys()][0] ?? '', '{broken');
  expect(recallMapping('activities', header, ACTIVITY_FIELDS).kind).toBeNull();
});
