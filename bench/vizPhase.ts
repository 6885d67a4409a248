import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { importGeneratedGraph } from '../src/generate/importGenerated';
import { launchChromium } from '../tests/support/browser';
import { benchNeo4jOptions, startFreshNeo4j, stopLocalNeo4j } from './benchNeo4j';
import { startChildServer } from './childServer';
import { openBenchDatabase } from './servers/serverEnv';
import { measureUsability, type GestureFrames, type VizUsability } from './vizUsability';

/** About 33,500 organisations and 16,700 consortia: the 50,000-node graph issue #13 asks /viz to stay usable on. */
export const VIZ_GRAPH = { organizations: 33_500, memberships: 100_000 };
const RUNS = 3;
const DRAW_TIMEOUT_MS = 600_000;

/**
 * What the page reports for one load (window.vizState.timings), in ms: until the server answered (its export or its
 * kept network), the body's download, JSON.parse, the graphology build, then the first frame.
 */
interface DrawTimings {
  serverMs: number;
  downloadMs: number;
  parseMs: number;
  buildMs: number;
  drawMs: number;
  totalMs: number;
}

/**
 * The way /viz drew before it kept and filtered its network (before 3d0b6fb), timed in the same page: the streamed
 * export of the view downloaded and parsed, built and drawn, for all time (the first draw) and for today (what a
 * slider move cost).
 */
export interface OldPath {
  firstDraw: DrawTimings;
  sliderToToday: DrawTimings;
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
  /** The old way, timed in the first run's page after its other measures. */
  before: OldPath;
  /** The load average (1, 5, 15 min) at the start and the end of the draws. */
  load: { start: number[]; end: number[] };
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
      let before: OldPath | null = null;
      const loadAtStart = os.loadavg();
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
        const { serverMs, downloadMs, parseMs, buildMs, drawMs, totalMs } = state.timings;
        runs.push({
          ...{ serverMs, downloadMs, parseMs, buildMs, drawMs, totalMs },
          ...(await rerenderTime(page)),
          ...(await measureUsability(page)),
        });
        before ??= await oldPathTimes(page);
        if (consoleErrors.length > 0) throw new Error(`/viz logged errors: ${consoleErrors.join(' | ')}`);
        await context.close();
      }
      const load = { start: loadAtStart, end: os.loadavg() };
      return { ...size, runs, median: medians(runs), before: before!, load, generateAndImportSeconds };
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

/**
 * The old way of drawing a view, in the page: its streamed export (measures=degree, as /viz downloaded it) fetched,
 * parsed, built by the page's own graphFromExport and drawn by its renderer, to the second frame after.
 */
function oldPathTimes(page: Page): Promise<OldPath> {
  // A script, not a function: tsx would wrap a function's inner named functions in a helper the page lacks.
  return page.evaluate(`(async () => {
    const draw = await import('/viz/vizDraw.js');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const timed = async (query) => {
      const started = performance.now();
      const response = await fetch('/export/network.graphology.json?' + query, {
        signal: AbortSignal.timeout(${DRAW_TIMEOUT_MS}),
      });
      const answered = performance.now();
      const text = await response.text();
      const downloaded = performance.now();
      const data = JSON.parse(text);
      const parsed = performance.now();
      const graph = draw.graphFromExport(data, 'EN');
      const built = performance.now();
      window.vizDrawer.show(graph);
      await frame();
      const drawn = performance.now();
      return {
        serverMs: answered - started,
        downloadMs: downloaded - answered,
        parseMs: parsed - downloaded,
        buildMs: built - parsed,
        drawMs: drawn - built,
        totalMs: drawn - started,
      };
    };
    const firstDraw = await timed('measures=degree');
    const sliderToToday = await timed('asOf=' + new Date().toISOString().slice(0, 10) + '&measures=degree');
    return { firstDraw, sliderToToday };
  })()`);
}

const GESTURES = ['pan', 'zoom', 'sigmaPan', 'sigmaZoom'] as const;

function medians(runs: VizRun[]): VizRun {
  const median = (values: number[]) =>
    Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]! * 10) / 10;
  const result = { ...runs[0]! };
  for (const key of Object.keys(result) as Array<keyof VizRun>) {
    if (typeof result[key] === 'number') (result[key] as number) = median(runs.map((run) => run[key] as number));
  }
  for (const gesture of GESTURES) {
    const frames = { ...result[gesture] };
    for (const key of Object.keys(frames) as Array<keyof GestureFrames>) {
      frames[key] = median(runs.map((run) => run[gesture][key]));
    }
    result[gesture] = frames;
  }
  return result;
}

/** The RESULTS.md tables of a measure: the draw, then the use of the drawn page, then the old way. */
export function vizTable(measure: VizDrawMeasure): string {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const name = (index: number) => (index === 0 ? '1 (first after start-up)' : `${index + 1} (kept by the server)`);
  const drawCells = (t: DrawTimings) =>
    `${s(t.serverMs)} s | ${s(t.downloadMs)} s | ${s(t.parseMs)} s | ${s(t.buildMs)} s | ${s(t.drawMs)} s | ` +
    `${s(t.totalMs)} s`;
  const drawRow = (label: string, t: VizRun) => `| ${label} | ${drawCells(t)} | ${t.refreshMs} ms |`;
  const useRow = (label: string, t: VizRun) =>
    `| ${label} | ${t.hoverMs} ms | ${t.unhoverMs} ms | ${s(t.sliderMs)} s | ${s(t.sliderBackMs)} s |`;
  const gestureCells = (g: GestureFrames) => `${g.fps} | ${g.worstFrameMs} ms | ${g.sigmaFrames} | ${s(g.settleMs)} s`;
  const gestureRow = (label: string, t: VizRun) => [
    `| ${label}, pan, now | ${gestureCells(t.pan)} |`,
    `| ${label}, pan, sigma's camera | ${gestureCells(t.sigmaPan)} |`,
    `| ${label}, wheel, now | ${gestureCells(t.zoom)} |`,
    `| ${label}, wheel, sigma's camera | ${gestureCells(t.sigmaZoom)} |`,
  ];
  const load = (values: number[]) => values.map((value) => value.toFixed(1)).join(', ');
  return [
    `/viz on ${measure.nodes.toLocaleString('en')} nodes and ${measure.edges.toLocaleString('en')} edges ` +
      `(generated and imported in ${measure.generateAndImportSeconds} s; load average ${load(measure.load.start)} ` +
      `at the start of the draws, ${load(measure.load.end)} at their end):`,
    '',
    '| load | server answers | download | parse | build graph | first frame | total | full re-render |',
    '| ---- | -------------- | -------- | ----- | ----------- | ----------- | ----- | -------------- |',
    ...measure.runs.map((run, index) => drawRow(name(index), run)),
    drawRow('median', measure.median),
    '',
    '| load | hover highlight | hover cleared | slider to today | slider back to all time |',
    '| ---- | --------------- | ------------- | --------------- | ----------------------- |',
    ...measure.runs.map((run, index) => useRow(name(index), run)),
    useRow('median', measure.median),
    '',
    'Gestures: a 3 s drag and a burst of 6 half wheel notches 100 ms apart, as /viz does them now (the drawn picture moved, one redraw) ' +
      "and with sigma's own camera (a redraw per move, edges and labels hidden while moving), in the same page:",
    '',
    '| load, gesture | frames/s (browser) | worst frame | frames drawn by sigma | to the settled redraw |',
    '| ------------- | ------------------ | ----------- | --------------------- | --------------------- |',
    ...measure.runs.flatMap((run, index) => gestureRow(name(index), run)),
    ...gestureRow('median', measure.median),
    '',
    "The old way, in the first load's page (the streamed export downloaded, parsed, built and drawn):",
    '',
    '| view | server answers | download | parse | build graph | first frame | total |',
    '| ---- | -------------- | -------- | ----- | ----------- | ----------- | ----- |',
    `| first draw (all time) | ${drawCells(measure.before.firstDraw)} |`,
    `| slider to today | ${drawCells(measure.before.sliderToToday)} |`,
  ].join('\n');
}
