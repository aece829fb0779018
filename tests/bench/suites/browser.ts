import { launchBrowser } from '../../src/harness';
import { type BoardFixture, firstRender, participantPage, prepareBoard } from '../browser/board';
import { collectScripts, gzippedKB } from '../browser/bundle';
import { ensureBuilt } from '../browser/dists';
import { dragFrameTimes, frameP95, missedShare } from '../browser/drag';
import { insightsColdOpen } from '../browser/insights';
import { SIZES } from '../config';
import type { Figure } from '../figures';
import { median } from '../measure';
import { sleep } from '../stats';
import { startOurs } from '../sync/servers';

const THROTTLE = 4;

/**
 * Issue 3's tablet figures and issue 5's cold open, in headless Chromium against our real server:
 * first render of a full board and frame times while dragging under 4× CPU throttling (a modest
 * tablet), the participant's JavaScript, and insights from a cold start to every chart drawn.
 */
export async function browserSuite(): Promise<Figure[]> {
  ensureBuilt();
  const server = await startOurs();
  const tb = await launchBrowser();
  let board: BoardFixture | undefined;
  try {
    board = await prepareBoard(server, SIZES.boardNotes);
    const renders: number[] = [];
    let frames: number[] = [];
    for (let i = 0; i < SIZES.pageLoads; i++) {
      const { context, page } = await participantPage(tb, board, THROTTLE);
      renders.push(await firstRender(page, server.url, board));
      if (i === 0) {
        await sleep(1000);
        frames = await dragFrameTimes(page, board);
      }
      await context.close();
    }
    const unthrottled: number[] = [];
    for (let i = 0; i < SIZES.pageLoads; i++) {
      const tablet = await participantPage(tb, board, 1);
      unthrottled.push(await firstRender(tablet.page, server.url, board));
      await tablet.context.close();
    }
    const { context, page } = await participantPage(tb, board, 1);
    const scripts = collectScripts(page);
    await page.goto(`${server.url}/join`, { waitUntil: 'networkidle' });
    await firstRender(page, server.url, board);
    await page.waitForLoadState('networkidle');
    const jsKB = await gzippedKB(scripts);
    await context.close();
    const ready: number[] = [];
    const charts: number[] = [];
    for (let i = 0; i < SIZES.pageLoads; i++) {
      const insights = await tb.newPage();
      const t = await insightsColdOpen(insights, server.url);
      ready.push(t.readyMs);
      charts.push(t.chartsMs);
      await insights.context().close();
    }
    const render = median(renders);
    const p95 = frameP95(frames);
    console.log(
      `  drag: ${frames.length - 1} frames, ${(missedShare(frames) * 100).toFixed(1)} % missed a refresh`,
    );
    const chartsMs = median(charts);
    const n = board.notes;
    return [
      {
        name: `board: first render of ${n} notes, ${THROTTLE}× CPU throttle, median`,
        value: render,
        unit: 'ms',
        goal: '≤ 500 ms',
        met: render <= 500,
      },
      {
        name: `board: first render of ${n} notes, no throttle, median`,
        value: median(unthrottled),
        unit: 'ms',
        goal: '—',
      },
      {
        name: `board: frame time while dragging a note (${n} notes), ${THROTTLE}× CPU throttle, p95`,
        value: p95,
        unit: 'ms',
        goal: '≤ 16.7 ms',
        met: p95 <= 16.7,
      },
      {
        name: 'board: participant JavaScript (join + board), gzip',
        value: jsKB,
        unit: 'KB',
        goal: '≤ 150 KB',
        met: jsKB <= 150,
      },
      { name: 'insights: cold open → DuckDB ready, median', value: median(ready), unit: 'ms', goal: '—' },
      {
        name: 'insights: cold open → sample loaded → all dashboard charts drawn, median',
        value: chartsMs,
        unit: 'ms',
        goal: '≤ 3,000 ms',
        met: chartsMs <= 3000,
      },
    ];
  } finally {
    board?.close();
    await tb.close();
    await server.stop();
  }
}
