import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { importGeneratedGraph } from '../src/generate/importGenerated';
import { launchChromium } from '../tests/support/browser';
import { benchNeo4jOptions, startFreshNeo4j, stopLocalNeo4j } from './benchNeo4j';
import { startChildServer } from './childServer';
import { openBenchDatabase } from './servers/serverEnv';

/** About 33,500 organisations and 16,700 consortia: the 50,000-node graph issue #13 asks /viz to stay usable on. */
export const VIZ_GRAPH = { organizations: 33_500, memberships: 100_000 };
const RUNS = 3;
const DRAW_TIMEOUT_MS = 600_000;

/** What the page reports for one load (window.vizState.timings), in ms. */
interface DrawTimings {
  fetchMs: number;
  buildMs: number;
  drawMs: number;
  totalMs: number;
}

export interface VizDrawMeasure {
  nodes: number;
  edges: number;
  /** Each load of /viz in a fresh browser context (nothing cached), in ms. */
  runs: Array<DrawTimings & { refreshMs: number; hoverMs: number }>;
  /** Medians of `runs`. */
  median: DrawTimings & { refreshMs: number; hoverMs: number };
  generateAndImportSeconds: number;
}

/**
 * Draws the whole network of a generated 50,000-node graph in /viz (headless Chromium, WebGL in software), RUNS times
 * in a fresh browser context: the page's own timings (download and parse of the graphology export, graph build,
 * first frame), then a full re-render and a hover re-render (what one mouse move over a node costs). Uses its own
 * Neo4j on `port` and its own API process, stopped before it returns.
 */
export async function measureVizDraw(port: number, seed: number): Promise<VizDrawMeasure> {
  const neo4jOptions = benchNeo4jOptions('viz', port);
  const { uri } = await startFreshNeo4j(neo4jOptions);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-viz-'));
  const db = openBenchDatabase(uri);
  try {
    const imported = performance.now();
    await importGeneratedGraph(db, VIZ_GRAPH, seed, dir);
    const generateAndImportSeconds = Math.round((performance.now() - imported) / 100) / 10;
    const api = await startChildServer('apiServer', uri);
    const browser = await launchChromium();
    try {
      const runs: VizDrawMeasure['runs'] = [];
      let size = { nodes: 0, edges: 0 };
      for (let run = 0; run < RUNS; run += 1) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const page = await context.newPage();
        const consoleErrors: string[] = [];
        page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
        await page.goto(api.url.replace(/\/graphql$/, '/viz'));
        await page.waitForSelector('body[data-ready=true], body[data-ready=error]', { timeout: DRAW_TIMEOUT_MS });
        const state = await page.evaluate(() => (window as unknown as { vizState: VizState }).vizState);
        if (!state.ready)
          throw new Error(`/viz showed an error: ${state.error} (console: ${consoleErrors.join(' | ')})`);
        size = { nodes: state.nodeCount, edges: state.edgeCount };
        runs.push({ ...state.timings, ...(await rerenderTimes(page)) });
        await context.close();
      }
      return { ...size, runs, median: medians(runs), generateAndImportSeconds };
    } finally {
      await browser.close();
      await api.stop();
    }
  } finally {
    await db.close();
    await stopLocalNeo4j(neo4jOptions);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface VizState {
  ready: boolean;
  error?: string;
  nodeCount: number;
  edgeCount: number;
  timings: DrawTimings;
}

/** A full re-render (every node and edge processed again) and a hover re-render (reducers only), in ms. */
function rerenderTimes(page: Page): Promise<{ refreshMs: number; hoverMs: number }> {
  return page.evaluate(() => {
    const renderer = (
      window as unknown as {
        vizDrawer: { renderer: { refresh: (options?: { skipIndexation: boolean }) => void } };
      }
    ).vizDrawer.renderer;
    const time = (action: () => void) => {
      const started = performance.now();
      action();
      return Math.round(performance.now() - started);
    };
    return {
      refreshMs: time(() => renderer.refresh()),
      hoverMs: time(() => renderer.refresh({ skipIndexation: true })),
    };
  });
}

function medians(runs: VizDrawMeasure['runs']): VizDrawMeasure['median'] {
  const median = (values: number[]) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!);
  return {
    fetchMs: median(runs.map((run) => run.fetchMs)),
    buildMs: median(runs.map((run) => run.buildMs)),
    drawMs: median(runs.map((run) => run.drawMs)),
    totalMs: median(runs.map((run) => run.totalMs)),
    refreshMs: median(runs.map((run) => run.refreshMs)),
    hoverMs: median(runs.map((run) => run.hoverMs)),
  };
}

/** The RESULTS.md table of a measure. */
export function vizTable(measure: VizDrawMeasure): string {
  const row = (name: string, t: VizDrawMeasure['median']) =>
    `| ${name} | ${t.fetchMs} | ${t.buildMs} | ${t.drawMs} | ${t.totalMs} | ${t.refreshMs} | ${t.hoverMs} |`;
  return [
    `/viz on ${measure.nodes.toLocaleString('en')} nodes and ${measure.edges.toLocaleString('en')} edges (ms):`,
    '',
    '| load | download + parse | build graph | first frame | total | full re-render | hover re-render |',
    '| ---- | ---------------- | ----------- | ----------- | ----- | -------------- | --------------- |',
    ...measure.runs.map((run, index) => row(String(index + 1), run)),
    row('median', measure.median),
  ].join('\n');
}
