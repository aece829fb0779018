import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../src/harness/index';

// What `npm start` promises a newcomer: both built apps are served by the one server process.
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

describe('the server serves both built apps', () => {
  it('serves the workshop app at /', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toMatch(/<div id="root"|<script type="module"/);
  });

  it('serves the insights app at /insights/', async () => {
    const res = await fetch(`${server.url}/insights/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toMatch(/\/insights\//);
  });
});
