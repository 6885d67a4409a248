import type { Page } from 'playwright-core';

/** What /viz says is on screen (window.vizState). */
export interface VizState {
  ready: boolean;
  error?: string;
  nodeCount: number;
  edgeCount: number;
  measured: boolean;
  asOf: string | null;
  /** 'filter': the loaded network filtered on the page (no download); 'download': a network downloaded for it. */
  path: 'filter' | 'download';
  /**
   * ms: until the server answered, the body's download, JSON.parse, the graph's build, the day filter, the draw
   * (fetchMs: the first three).
   */
  timings: {
    serverMs: number;
    downloadMs: number;
    parseMs: number;
    fetchMs: number;
    buildMs: number;
    filterMs: number;
    drawMs: number;
    totalMs: number;
  };
}

/** A label box the page drew in its last frame, in viewport pixels. */
export interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Waits until /viz has drawn its view (or shown an error) and returns its state. */
export async function drawnState(page: Page, timeoutMs = 60_000): Promise<VizState> {
  await page.waitForSelector('body[data-ready=true], body[data-ready=error]', { timeout: timeoutMs });
  return page.evaluate(() => (window as unknown as { vizState: VizState }).vizState);
}

/**
 * Runs an action that changes the view, then waits for the new view to be drawn: the page's ready mark is cleared
 * first, so the state read is that of the new view, never the old one.
 */
export async function afterChange(page: Page, action: () => Promise<unknown>, timeoutMs = 60_000): Promise<VizState> {
  await page.evaluate(() => {
    document.body.dataset.ready = 'pending';
  });
  await action();
  return drawnState(page, timeoutMs);
}

/** Collects console errors and page errors from the moment it is called. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Where sigma drew a node, in page coordinates. */
export async function nodePosition(page: Page, key: string): Promise<{ x: number; y: number }> {
  const inGraph = await page.evaluate((nodeKey) => {
    const renderer = (
      window as unknown as {
        vizDrawer: {
          renderer: {
            getNodeDisplayData: (key: string) => { x: number; y: number };
            framedGraphToViewport: (point: { x: number; y: number }) => { x: number; y: number };
          };
        };
      }
    ).vizDrawer.renderer;
    return renderer.framedGraphToViewport(renderer.getNodeDisplayData(nodeKey));
  }, key);
  const box = (await page.locator('#graph').boundingBox())!;
  return { x: box.x + inGraph.x, y: box.y + inGraph.y };
}

/** Whether two boxes overlap (touching edges do not count). */
export const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

type RendererWindow = Window & {
  vizDrawer: {
    renderer: {
      on: (event: string, handler: () => void) => void;
      getNodeAtPosition: (point: { x: number; y: number }) => string | null;
    };
  };
  vizRenders?: number;
};

/** Starts counting the frames sigma draws (once per page); resolves to the count so far. */
export function renderCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as RendererWindow;
    if (w.vizRenders === undefined) {
      w.vizRenders = 0;
      w.vizDrawer.renderer.on('afterRender', () => (w.vizRenders! += 1));
    }
    return w.vizRenders;
  });
}

/**
 * Waits until the frames already asked of WebGL are drawn: reading one pixel of sigma's picking buffer (what sigma
 * does at a mouse move) waits for them.
 */
export async function drawingFinished(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await page.evaluate(() => {
    (window as unknown as RendererWindow).vizDrawer.renderer.getNodeAtPosition({ x: 1, y: 1 });
  });
}
