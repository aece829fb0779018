import { describe, expect, it } from 'vitest';
import { parseRoute } from './router';

describe('parseRoute', () => {
  it('maps every screen from its URL, so QR links and reloads land right', () => {
    expect(parseRoute('/')).toEqual({ name: 'start' });
    expect(parseRoute('/join')).toEqual({ name: 'join' });
    expect(parseRoute('/join/ABC234')).toEqual({ name: 'join', code: 'ABC234' });
    expect(parseRoute('/w/abcd1234')).toEqual({ name: 'board', workshopId: 'abcd1234' });
    expect(parseRoute('/w/abcd1234/projector')).toEqual({ name: 'projector', workshopId: 'abcd1234' });
    expect(parseRoute('/w/abcd1234/record')).toEqual({ name: 'record', workshopId: 'abcd1234' });
    expect(parseRoute('/w/abcd1234/other')).toEqual({ name: 'notFound' });
  });
});
