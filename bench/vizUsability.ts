import type { Page } from 'playwright-core';
import { afterChange, nodePosition } from '../tests/support/vizPage';

/** How long the pan lasts, and the pause between two of its mouse moves (about one a frame at 60 Hz). */
const PAN_MS = 3000;
const PAN_STEP_MS = 16;
const VIEW_TIMEOUT_MS = 600_000;

/** What using /viz costs once it has drawn a large graph, in ms (frames: per second while panning). */
export interface VizUsability {
  /** From the mouse arriving on the largest node to the frame with it and its neighbours highlighted. */
  hoverMs: number;
  /** From the mouse leaving it to the frame with every node back in colour. */
  unhoverMs: number;
  /** Frames sigma drew per second while the mouse dragged the camera for PAN_MS. */
  panFps: number;
  /** The longest time between two of those frames. */
  panWorstFrameMs: number;
  /** The date slider moved to today: the drawn network filtered to the day and redrawn (no download). */
  sliderMs: number;
  /** The slider moved back to all time: the filter lifted, one redraw. */
  sliderBackMs: number;
}

/** Hover, pan and the date slider on the drawn /viz page, with a real mouse (Playwright) and the page's own clock. */
export async function measureUsability(page: Page): Promise<VizUsability> {
  const hover = await hoverTimes(page);
  const pan = await panFrames(page);
  const slider = await sliderTimes(page);
  return { ...hover, ...pan, ...slider };
}

type SigmaLike = {
  on: (event: string, handler: () => void) => void;
  getGraph: () => { degree: (key: string) => number; forEachNode: (fn: (key: string) => void) => void };
  getNodeDisplayData: (key: string) => { highlighted?: boolean };
};
type PageWindow = Window & {
  vizDrawer: { renderer: SigmaLike };
  benchRenders?: number[];
};

/** Records, in the page, the time of every frame sigma draws from now on. */
function recordRenders(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as PageWindow;
    if (w.benchRenders) return;
    w.benchRenders = [];
    w.vizDrawer.renderer.on('afterRender', () => w.benchRenders!.push(performance.now()));
  });
}

/** The first frame drawn after `since` (page clock), waited for a few seconds at most. */
async function frameAfter(page: Page, since: number): Promise<number> {
  await page.waitForFunction(
    (after) => ((window as unknown as PageWindow).benchRenders ?? []).some((time) => time > after),
    since,
    { timeout: 60_000, polling: 'raf' },
  );
  return page.evaluate((after) => (window as unknown as PageWindow).benchRenders!.find((time) => time > after)!, since);
}

const pageNow = (page: Page) => page.evaluate(() => performance.now());

async function hoverTimes(page: Page): Promise<Pick<VizUsability, 'hoverMs' | 'unhoverMs'>> {
  await recordRenders(page);
  const hub = await visibleHub(page);
  const at = await nodePosition(page, hub);
  const box = (await page.locator('#graph').boundingBox())!;
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.waitForTimeout(500);
  const before = await pageNow(page);
  await page.mouse.move(at.x, at.y);
  const highlighted = await frameAfter(page, before);
  const isHighlighted = await page.evaluate(
    (key) => (window as unknown as PageWindow).vizDrawer.renderer.getNodeDisplayData(key).highlighted === true,
    hub,
  );
  if (!isHighlighted) throw new Error(`hovering node ${hub} did not highlight it`);
  await page.waitForTimeout(500);
  const left = await pageNow(page);
  await page.mouse.move(box.x + 5, box.y + 5);
  const cleared = await frameAfter(page, left);
  return { hoverMs: Math.round(highlighted - before), unhoverMs: Math.round(cleared - left) };
}

/** Of the 20 nodes of highest degree, the first drawn where nothing (legend, panels) covers the canvas. */
async function visibleHub(page: Page): Promise<string> {
  const hubs = await page.evaluate(() => {
    const graph = (window as unknown as PageWindow).vizDrawer.renderer.getGraph();
    const all: Array<[string, number]> = [];
    graph.forEachNode((key) => all.push([key, graph.degree(key)]));
    return all
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([key]) => key);
  });
  for (const key of hubs) {
    const at = await nodePosition(page, key);
    const onCanvas = await page.evaluate(
      ({ x, y }) => (document.elementFromPoint(x, y)?.closest('#graph') ?? null) !== null,
      at,
    );
    if (onCanvas) return key;
  }
  throw new Error('none of the 20 largest nodes is drawn where the mouse can reach it');
}

async function panFrames(page: Page): Promise<Pick<VizUsability, 'panFps' | 'panWorstFrameMs'>> {
  await recordRenders(page);
  const box = (await page.locator('#graph').boundingBox())!;
  const start = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.3 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const from = await pageNow(page);
  const steps = Math.round(PAN_MS / PAN_STEP_MS);
  const began = Date.now();
  for (let step = 1; step <= steps && Date.now() - began < PAN_MS * 3; step += 1) {
    await page.mouse.move(start.x + (step * box.width * 0.4) / steps, start.y + (step * box.height * 0.3) / steps);
    await page.waitForTimeout(PAN_STEP_MS);
  }
  await page.mouse.up();
  const to = await pageNow(page);
  const frames = await page.evaluate(
    ([after, before]) => (window as unknown as PageWindow).benchRenders!.filter((t) => t > after && t <= before),
    [from, to] as const,
  );
  const gaps = frames.map((time, i) => time - (i === 0 ? from : frames[i - 1]!));
  return {
    panFps: Math.round((frames.length / ((to - from) / 1000)) * 10) / 10,
    panWorstFrameMs: Math.round(Math.max(0, ...gaps, to - (frames.at(-1) ?? from))),
  };
}

/** Moves the slider to position `index` as the end of a drag does, and times the new view to its first frame. */
async function slideTo(page: Page, index: number): Promise<number> {
  const started = Date.now();
  const state = await afterChange(
    page,
    () =>
      page.$eval(
        '#as-of',
        (slider, value) => {
          (slider as HTMLInputElement).value = String(value);
          slider.dispatchEvent(new Event('change'));
        },
        index,
      ),
    VIEW_TIMEOUT_MS,
  );
  if (!state.ready) throw new Error(`/viz showed an error after the slider moved: ${state.error}`);
  return Date.now() - started;
}

async function sliderTimes(page: Page): Promise<Pick<VizUsability, 'sliderMs' | 'sliderBackMs'>> {
  const last = Number(await page.getAttribute('#as-of', 'max'));
  // The positions are the program's days, today, and all time last: one step back is today.
  const sliderMs = await slideTo(page, last - 1);
  const sliderBackMs = await slideTo(page, last);
  return { sliderMs, sliderBackMs };
}
