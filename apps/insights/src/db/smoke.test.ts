import { expect, test } from 'vitest';
import { openNodeDb } from '../testing/nodeDb';

test('duckdb opens with the tables and a parameterised query', async () => {
  const db = await openNodeDb();
  const rows = await db.query("SELECT ?::INTEGER + 1 AS x, fiscal_year_of(DATE '2026-03-31') AS fy", [41]);
  expect(rows).toEqual([{ x: 42, fy: 2025 }]);
});
