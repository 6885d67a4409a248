import type { Page } from 'playwright-core';
import { afterChange, drawingFinished, nodePosition } from '../tests/support/vizPage';

/** How long the pan lasts, and the pause between two of its mouse moves (about one a frame at 60 Hz). */
const PAN_MS = 3000;
const PAN_STEP_MS = 16;
/** The wheel burst: half notches towards the user (zoom in), this far apart (within one burst of /viz's 250 ms). */
const WHEEL_NOTCHES = 6;
const WHEEL_DELTA = -50;
const WHEEL_STEP_MS = 100;
/** At most this many checks that sigma has stopped drawing after a gesture. */
const SETTLE_CHECKS = 20;
const VIEW_TIMEOUT_MS = 600_000;

/** One gesture on the drawn graph: frames while it lasts, and its end. */
export interface GestureFrames {
  /** Frames the browser showed per second during the gesture (requestAnimationFrame callbacks). */
  fps: number;
  /** The longest time between two of those frames, in ms. */
  worstFrameMs: number;
  /** Frames sigma drew (WebGL) from the start of the gesture until it settled. */
  sigmaFrames: number;
  /** From the end of the gesture (mouse up, last wheel notch) to its last frame drawn by WebGL, in ms. */
  settleMs: number;
}

/** What using /viz costs once it has drawn a large graph, in ms. */
export interface VizUsability {
  /** From the mouse arriving on the largest node to the frame with it and its neighbours highlighted. */
  hoverMs: number;
  /** From the mouse leaving it to the frame with every node back in colour. */
  unhoverMs: number;
  /** A drag of PAN_MS and a burst of wheel notches, as /viz does them (the drawn picture moved, one redraw). */
  pan: GestureFrames;
  zoom: GestureFrames;
  /** The same with sigma's own camera, as /viz did before (a redraw per move, edges and labels hidden meanwhile). */
  sigmaPan: GestureFrames;
  sigmaZoom: GestureFrames;
  /** The date slider moved to today: the drawn network filtered to the day and redrawn (no download). */
  sliderMs: number;
  /** The slider moved back to all time: the filter lifted, one redraw. */
  sliderBackMs: number;
}

/** Hover, pan, zoom and the date slider on the drawn /viz page, with a real mouse (Playwright) and the page's clock. */
export async function measureUsability(page: Page): Promise<VizUsability> {
  await recordRenders(page);
  const hover = await hoverTimes(page);
  const pan = await gestureFrames(page, panGesture);
  const zoom = await gestureFrames(page, wheelGesture);
  await useSigmasCamera(page, true);
  const sigmaPan = await gestureFrames(page, panGesture);
  const sigmaZoom = await gestureFrames(page, wheelGesture);
  await useSigmasCamera(page, false);
  const slider = await sliderTimes(page);
  return { ...hover, pan, zoom, sigmaPan, sigmaZoom, ...slider };
}

type SigmaLike = {
  on: (event: string, handler: () => void) => void;
  getGraph: () => { degree: (key: string) => number; forEachNode: (fn: (key: string) => void) => void };
  getNodeDisplayData: (key: string) => { highlighted?: boolean };
  setSetting: (key: string, value: boolean) => void;
  getNodeAtPosition: (point: { x: number; y: number }) => string | null;
};
type PageWindow = Window & {
  vizDrawer: { renderer: SigmaLike; zoom: (direction: number) => void };
  benchRenders?: number[];
  benchFinished?: number[];
  benchFinishing?: boolean;
  benchFinish?: () => void;
};

/**
 * Records, in the page, the time of every frame sigma draws from now on, and after `markGestureEnd` the time WebGL
 * finished each (reading one pixel of sigma's picking buffer waits for it, as sigma's own mouse moves do).
 */
function recordRenders(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as PageWindow;
    if (w.benchRenders) return;
    w.benchRenders = [];
    w.benchFinished = [];
    w.vizDrawer.renderer.on('afterRender', () => {
      w.benchRenders!.push(performance.now());
      if (w.benchFinishing) setTimeout(w.benchFinish!, 0);
    });
    w.benchFinish = () => {
      w.vizDrawer.renderer.getNodeAtPosition({ x: 1, y: 1 });
      w.benchFinished!.push(performance.now());
    };
  });
}

/** The end of a gesture's input (page clock); from now on the time WebGL finishes each frame is recorded. */
function markGestureEnd(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as PageWindow;
    w.benchFinishing = true;
    w.benchFinished = [];
    setTimeout(w.benchFinish!, 0);
    return performance.now();
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

/** Sigma's own panning and zooming with edges and labels hidden on move (how /viz drew gestures before), or not. */
async function useSigmasCamera(page: Page, on: boolean): Promise<void> {
  await page.evaluate((sigmas) => {
    const renderer = (window as unknown as PageWindow).vizDrawer.renderer;
    for (const key of ['enableCameraPanning', 'enableCameraZooming', 'hideEdgesOnMove', 'hideLabelsOnMove']) {
      renderer.setSetting(key, sigmas);
    }
  }, on);
  await settle(page);
}

/** Frames drawn by sigma so far (all of them finished by WebGL), once sigma has stopped asking for more. */
async function settle(page: Page): Promise<number> {
  let count = -1;
  for (let check = 0; check < SETTLE_CHECKS; check += 1) {
    await drawingFinished(page);
    await page.waitForTimeout(300);
    const now = await page.evaluate(() => (window as unknown as PageWindow).benchRenders!.length);
    if (now === count) return now;
    count = now;
  }
  return count;
}

/**
 * A gesture: mouse or wheel input on the drawing. It calls `begin()` once the pointer is in place and drawn (a hover
 * it caused is not the gesture's), and resolves to the page time of the end of its input.
 */
type Gesture = (
  page: Page,
  box: { x: number; y: number; width: number; height: number },
  begin: () => Promise<void>,
) => Promise<number>;

const panGesture: Gesture = async (page, box, begin) => {
  const start = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.3 };
  await page.mouse.move(start.x, start.y);
  await begin();
  await page.mouse.down();
  const steps = Math.round(PAN_MS / PAN_STEP_MS);
  const began = Date.now();
  for (let step = 1; step <= steps && Date.now() - began < PAN_MS * 3; step += 1) {
    await page.mouse.move(start.x + (step * box.width * 0.4) / steps, start.y + (step * box.height * 0.3) / steps);
    await page.waitForTimeout(PAN_STEP_MS);
  }
  const ended = await markGestureEnd(page);
  await page.mouse.up();
  return ended;
};

const wheelGesture: Gesture = async (page, box, begin) => {
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await begin();
  for (let notch = 1; notch < WHEEL_NOTCHES; notch += 1) {
    await page.mouse.wheel(0, WHEEL_DELTA);
    await page.waitForTimeout(WHEEL_STEP_MS);
  }
  const ended = await markGestureEnd(page);
  await page.mouse.wheel(0, WHEEL_DELTA);
  return ended;
};

/**
 * Runs a gesture from the whole graph in view, and puts the whole graph back after. Frames: the browser's
 * (requestAnimationFrame) while the input lasts; sigma's from its start until it settles.
 */
async function gestureFrames(page: Page, gesture: Gesture): Promise<GestureFrames> {
  const box = (await page.locator('#graph').boundingBox())!;
  await page.evaluate(() => (window as unknown as PageWindow).vizDrawer.zoom(0));
  await settle(page);
  let rendersBefore = 0;
  let from = 0;
  const begin = async () => {
    rendersBefore = await settle(page);
    await page.evaluate(`(() => {
      window.benchTicks = [];
      const tick = () => {
        window.benchTicks.push(performance.now());
        if (window.benchTicks.length < 20000 && !window.benchTicksStop) requestAnimationFrame(tick);
      };
      window.benchTicksStop = false;
      requestAnimationFrame(tick);
    })()`);
    from = await pageNow(page);
  };
  const ended = await gesture(page, box, begin);
  const rendersAfter = await settle(page);
  const ticks: number[] = await page.evaluate(`(() => {
    window.benchTicksStop = true;
    return window.benchTicks;
  })()`);
  const finished = await page.evaluate(() => {
    const w = window as unknown as PageWindow;
    w.benchFinishing = false;
    return w.benchFinished!;
  });
  const during = ticks.filter((time) => time >= from && time <= ended);
  const gaps = during.map((time, i) => time - (i === 0 ? from : during[i - 1]!));
  await page.evaluate(() => (window as unknown as PageWindow).vizDrawer.zoom(0));
  await settle(page);
  return {
    fps: Math.round((during.length / ((ended - from) / 1000)) * 10) / 10,
    worstFrameMs: Math.round(Math.max(0, ...gaps, ended - (during.at(-1) ?? from))),
    sigmaFrames: rendersAfter - rendersBefore,
    settleMs: Math.round(Math.max(0, ...finished) - ended),
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
