import { generateSample } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import { readWorkshopExport } from './workshopExport';

describe('workshop exports', () => {
  const e = generateSample({ seed: 7, workshops: 1, notesPerWorkshop: 6, activityRows: 1 }).exports[0];
  it('a valid export becomes table rows (no nicknames)', () => {
    const r = readWorkshopExport('ws.json', JSON.stringify(e));
    if (!r.ok) throw new Error(r.ja);
    expect(r.source.tables.notes).toHaveLength(6);
    expect(r.source.tables.workshops?.[0]).toMatchObject({
      id: e?.workshop.id,
      district_code: e?.workshop.districtCode,
    });
    expect(JSON.stringify(r.source)).not.toContain('nickname');
  });
  it('not JSON, or not an export, is refused naming the file', () => {
    expect(readWorkshopExport('x.json', '{oops')).toMatchObject({
      ok: false,
      ja: expect.stringMatching(/^x\.json: JSON として読めません/),
    });
    const r = readWorkshopExport('y.json', JSON.stringify({ hello: 1 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.ja).toMatch(/^y\.json: /);
  });
});
