import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { importGeneratedGraph } from '../src/generate/importGenerated';
import { launchChromium } from '../tests/support/browser';
import { benchNeo4jOptions, startFreshNeo4j, stopLocalNeo4j } from './benchNeo4j';
import { startChildServer } from './childServer';
import { openBenchDatabase } from './servers/serverEnv';
import { measureUsability, type VizUsability } from './vizUsability';

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
  /**
   * Each load of /viz in a fresh browser context (nothing cached in the browser), in ms: the first makes the server
   * lay the network out, the later ones find the layout in its cache. Then a full re-render and the use of the page.
   */
  runs: VizRun[];
  /** Medians of `runs`. */
  median: VizRun;
  generateAndImportSeconds: number;
}

type VizRun = DrawTimings & { refreshMs: number } & VizUsability;

/**
 * Draws the whole network of a generated 50,000-node graph in /viz (headless Chromium, WebGL in software), RUNS times
 * in a fresh browser context: the page's own timings (download and parse of the graphology export, graph build,
 * first frame), then a full re-render, hovering the largest node with the mouse, panning, and moving the date slider
 * to today and back (bench/vizUsability.ts). Uses its own
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
        runs.push({ ...state.timings, ...(await rerenderTime(page)), ...(await measureUsability(page)) });
        if (consoleErrors.length > 0) throw new Error(`/viz logged errors: ${consoleErrors.join(' | ')}`);
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

/** A full re-render (every node and edge processed again), in ms. */
function rerenderTime(page: Page): Promise<{ refreshMs: number }> {
  return page.evaluate(() => {
    const renderer = (window as unknown as { vizDrawer: { renderer: { refresh: () => void } } }).vizDrawer.renderer;
    const started = performance.now();
    renderer.refresh();
    return { refreshMs: Math.round(performance.now() - started) };
  });
}

function medians(runs: VizRun[]): VizRun {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const result = { ...runs[0]! };
  for (const key of Object.keys(result) as Array<keyof VizRun>) {
    result[key] = Math.round(median(runs.map((run) => run[key])) * 10) / 10;
  }
  return result;
}

/** The RESULTS.md tables of a measure: the draw, then the use of the drawn page. */
export function vizTable(measure: VizDrawMeasure): string {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const name = (index: number) => (index === 0 ? '1 (server lays out)' : `${index + 1} (layout kept)`);
  const drawRow = (label: string, t: VizRun) =>
    `| ${label} | ${s(t.fetchMs)} s | ${s(t.buildMs)} s | ${s(t.drawMs)} s | ${s(t.totalMs)} s | ${t.refreshMs} ms |`;
  const useRow = (label: string, t: VizRun) =>
    `| ${label} | ${t.hoverMs} ms | ${t.unhoverMs} ms | ${t.panFps} | ${t.panWorstFrameMs} ms | ` +
    `${s(t.sliderMs)} s | ${s(t.sliderBackMs)} s |`;
  return [
    `/viz on ${measure.nodes.toLocaleString('en')} nodes and ${measure.edges.toLocaleString('en')} edges ` +
      `(generated and imported in ${measure.generateAndImportSeconds} s):`,
    '',
    '| load | download + parse | build graph | first frame | total | full re-render |',
    '| ---- | ---------------- | ----------- | ----------- | ----- | -------------- |',
    ...measure.runs.map((run, index) => drawRow(name(index), run)),
    drawRow('median', measure.median),
    '',
    '| load | hover highlight | hover cleared | frames/s panning | worst frame panning | slider to today | slider back to all time |',
    '| ---- | --------------- | ------------- | ---------------- | ------------------- | --------------- | ----------------------- |',
    ...measure.runs.map((run, index) => useRow(name(index), run)),
    useRow('median', measure.median),
  ].join('\n');
}
