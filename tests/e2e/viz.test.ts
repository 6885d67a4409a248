import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import type { Database } from '../../src/db/database';
import { DEFAULT_NETWORK_LIMITS } from '../../src/network/networkLimits';
import { CHROMIUM, hasChromium, launchChromium } from '../support/browser';
import { nodeSize } from '../../src/network/networkTypes';
import { expectedMultiConsortium, seedMemberships } from '../support/seedFacts';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';
import {
  afterChange,
  collectConsoleErrors,
  drawnState,
  nodePosition,
  overlaps,
  type LabelBox,
  type VizState,
} from '../support/vizPage';

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
if (!hasChromium)
  console.warn(`Skipping the /viz browser test: ${CHROMIUM} does not exist (apt-get install chromium).`);
const describeWithChromium = hasChromium ? describe : describe.skip;

const today = () => new Date().toISOString().slice(0, 10);

/** The days of the program's stages (their date, or the day a loosely dated one is known by), from the seed files. */
const seedStageDays = (() => {
  const dir = path.resolve(__dirname, '../../seeds');
  const days = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
    const content = parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {
      stages?: Array<{ date?: unknown; knownBy?: unknown }>;
    };
    for (const stage of content.stages ?? []) {
      const day = stage.date ?? stage.knownBy;
      if (day) days.add(String(day).slice(0, 10));
    }
  }
  return [...days].sort();
})();

/**
 * The network the seed files imply, counted here from the YAML: bipartite nodes are the organisations (or, rolled
 * up, their top-level parents) holding a membership that counts, plus the consortia they are members of; edges one
 * per holder and consortium. The co-membership network links two holders sharing a consortium.
 */
function expectedNetwork(options: {
  day: string | null;
  activeOnly: boolean;
  rollUp: boolean;
  projection?: 'BIPARTITE' | 'CO_MEMBERSHIP';
}) {
  const holders = expectedMultiConsortium({ ...options, min: 1 });
  if (options.projection === 'CO_MEMBERSHIP') {
    const ids = [...holders.keys()];
    let pairs = 0;
    for (let i = 0; i < ids.length; i += 1)
      for (let j = i + 1; j < ids.length; j += 1)
        if (holders.get(ids[i]!)!.some((c) => holders.get(ids[j]!)!.includes(c))) pairs += 1;
    return { nodeCount: holders.size, edgeCount: pairs };
  }
  const consortia = new Set([...holders.values()].flat());
  const edges = [...holders.values()].reduce((sum, list) => sum + list.length, 0);
  return { nodeCount: holders.size + consortia.size, edgeCount: edges };
}

const counts = (state: { nodeCount: number; edgeCount: number }) => ({
  nodeCount: state.nodeCount,
  edgeCount: state.edgeCount,
});

/** Moves the date slider to a position as a user's drag ends (a `change` event). */
const moveSlider = (page: Page, index: number) =>
  afterChange(page, () =>
    page.$eval(
      '#as-of',
      (slider, value) => {
        (slider as HTMLInputElement).value = String(value);
        slider.dispatchEvent(new Event('change'));
      },
      index,
    ),
  );

/** Records, from now on, the page's downloads of a network to draw (not those of betweenness, measures=all). */
function networkDownloads(page: Page): () => string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    // The page asks the export for betweenness with no `measures` (all); a network to draw is measures=degree.
    const drawn =
      url.pathname === '/viz/network.json' || (url.pathname.startsWith('/export/') && url.searchParams.has('measures'));
    if (drawn) seen.push(url.pathname + url.search);
  });
  return () => [...seen];
}

describeWithChromium('GET /viz in a browser, on the seed graph', () => {
  let db: Database;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let firstState: VizState;

  beforeAll(async () => {
    db = openTestDatabase();
    server = await startTestServer(db);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    consoleErrors = collectConsoleErrors(page);
    await page.goto(`${server.baseUrl}/viz`);
    firstState = await drawnState(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.close();
  });

  it('draws every node and edge of the whole network, with betweenness, on WebGL', async () => {
    const state = firstState;
    expect(counts(state)).toEqual(expectedNetwork({ day: null, activeOnly: false, rollUp: false }));
    expect(state.measured).toBe(true);
    expect(await page.isHidden('#notice')).toBe(true);
    expect(await page.isHidden('#error')).toBe(true);
    const webgl = await page.$$eval('#graph canvas', (canvases) =>
      canvases.some((canvas) => (canvas as HTMLCanvasElement).getContext('webgl2') !== null),
    );
    expect(webgl).toBe(true);
  });

  it('draws labels that never overlap, and a legend beside the drawing, not over it', async () => {
    const labels = await page.evaluate(() =>
      (window as unknown as { vizDrawer: { drawnLabels: () => LabelBox[] } }).vizDrawer.drawnLabels(),
    );
    expect(labels.length).toBeGreaterThan(5);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1))
        expect({ a: a.key, b: b.key, overlap: overlaps(a, b) }).toMatchObject({ overlap: false });
    }
    const legend = (await page.locator('#legend').boundingBox())!;
    const drawing = (await page.locator('#graph').boundingBox())!;
    expect(overlaps(legend, drawing)).toBe(false);
  });

  it('replays the program with the date slider: teams in the program, day by day, as the seed files say', async () => {
    // The network drawn is the one loaded at first: neither the slider nor "active only" downloads another.
    const downloads = networkDownloads(page);
    const toggled = await afterChange(page, () => page.check('#active-only'));
    expect(toggled.path).toBe('filter');
    const positions = Number(await page.getAttribute('#as-of', 'max')) + 1;
    const seen: Array<{ asOf: string | null; nodeCount: number; edgeCount: number }> = [];
    for (let index = 0; index < positions; index += 1) {
      const state = await moveSlider(page, index);
      expect(state.path).toBe('filter');
      seen.push({ asOf: state.asOf, ...counts(state) });
    }

    const days = [...seedStageDays.filter((day) => day < today()), today(), null];
    expect(seen.map((state) => state.asOf)).toEqual(days);
    expect(seen).toEqual(
      days.map((day) => ({ asOf: day, ...expectedNetwork({ day, activeOnly: true, rollUp: false }) })),
    );
    // Five teams selected, two eliminated, one added: the counts move as the program did.
    expect(new Set(seen.map((state) => state.nodeCount)).size).toBeGreaterThanOrEqual(3);

    // Without "active only", each day shows the memberships held on it (from since, or the team's start).
    await afterChange(page, () => page.uncheck('#active-only'));
    const held: typeof seen = [];
    for (let index = 0; index < positions; index += 1) {
      const state = await moveSlider(page, index);
      expect(state.path).toBe('filter');
      held.push({ asOf: state.asOf, ...counts(state) });
    }
    expect(held).toEqual(
      days.map((day) => ({ asOf: day, ...expectedNetwork({ day, activeOnly: false, rollUp: false }) })),
    );
    expect(downloads()).toEqual([]);
    expect(await page.isHidden('#error')).toBe(true);
    await afterChange(page, () => page.check('#active-only'));
  });

  it("sizes a day's nodes by their degree on that day, on the scale of all time, as the seed files say", async () => {
    // Each drawn node's size against the server's size rule (nodeSize) of its degree counted from the seed YAML: at
    // all time with nothing filtered (the server's own sizes) and on every slider position with "only teams", all
    // on one line size = a + b · nodeSize(degree).
    const points: Array<{ view: string; key: string; rule: number; size: number }> = [];
    const record = async (view: string, day: string | null, activeOnly: boolean) => {
      const expected = expectedDegrees(day, activeOnly);
      const drawn = await drawnSizes(page);
      expect(new Set(drawn.keys())).toEqual(new Set(expected.keys()));
      for (const [key, size] of drawn) points.push({ view, key, rule: nodeSize(expected.get(key)!), size });
    };
    const positions = Number(await page.getAttribute('#as-of', 'max')) + 1;
    await afterChange(page, () => page.uncheck('#active-only'));
    await moveSlider(page, positions - 1);
    await record('all time', null, false);
    await afterChange(page, () => page.check('#active-only'));
    const days = [...seedStageDays.filter((day) => day < today()), today(), null];
    for (let index = 0; index < positions; index += 1) {
      await moveSlider(page, index);
      await record(`only teams, ${days[index] ?? 'all time'}`, days[index] ?? null, true);
    }

    const allTime = points.filter((point) => point.view === 'all time');
    const low = allTime.reduce((a, b) => (b.rule < a.rule ? b : a));
    const high = allTime.reduce((a, b) => (b.rule > a.rule ? b : a));
    const slope = (high.size - low.size) / (high.rule - low.rule);
    const off = points.filter((point) => Math.abs(low.size + slope * (point.rule - low.rule) - point.size) > 1e-6);
    expect(off).toEqual([]);
    // The days do differ from all time: some node is drawn smaller on some day than at all time.
    const allTimeSize = new Map(allTime.map((point) => [point.key, point.size]));
    expect(points.some((point) => point.size < allTimeSize.get(point.key)! - 0.5)).toBe(true);
  });

  it('rolls affiliates up to their parent and switches to the co-membership projection', async () => {
    const selection = seedStageDays.indexOf('2025-08-04');
    await moveSlider(page, selection);
    const rolledUp = await afterChange(page, () => page.check('#roll-up'));
    expect(counts(rolledUp)).toEqual(expectedNetwork({ day: '2025-08-04', activeOnly: true, rollUp: true }));

    const coMembership = await afterChange(page, () => page.selectOption('#projection', 'CO_MEMBERSHIP'));
    expect(counts(coMembership)).toEqual(
      expectedNetwork({ day: '2025-08-04', activeOnly: true, rollUp: true, projection: 'CO_MEMBERSHIP' }),
    );
    await afterChange(page, () => page.selectOption('#projection', 'BIPARTITE'));
    await afterChange(page, () => page.uncheck('#roll-up'));
    await afterChange(page, () => page.uncheck('#active-only'));
  });

  it('offers the current view in every export format, with its parameters', async () => {
    const links = await page.$$eval('#download-list a', (anchors) =>
      anchors.map((anchor) => ({ format: anchor.dataset.format, href: anchor.getAttribute('href')! })),
    );
    expect(links.map((link) => link.format)).toEqual([
      'graphml',
      'gexf',
      'cytoscape',
      'd3',
      'graphology',
      'nodes.csv',
      'edges.csv',
    ]);
    for (const link of links) expect(new URL(link.href, server.baseUrl).searchParams.get('asOf')).toBe('2025-08-04');

    const graphology = links.find((link) => link.format === 'graphology')!;
    const answer = await fetch(new URL(graphology.href, server.baseUrl));
    expect(answer.status).toBe(200);
    const exported = (await answer.json()) as { nodes: unknown[]; edges: unknown[] };
    const expected = expectedNetwork({ day: '2025-08-04', activeOnly: false, rollUp: false });
    expect({ nodeCount: exported.nodes.length, edgeCount: exported.edges.length }).toEqual(expected);
  });

  it('finds a consortium by typing part of its name and shows only it and its members', async () => {
    await page.fill('#consortium-search', 'upsta');
    await page.waitForSelector('#consortium-suggestions li');
    expect(await page.$$eval('#consortium-suggestions li', (items) => items.map((item) => item.dataset.id))).toEqual([
      'upstage',
    ]);
    const filtered = await afterChange(page, () => page.click('#consortium-suggestions li'));
    const holders = expectedMultiConsortium({ day: '2025-08-04', activeOnly: false, rollUp: false, min: 1 });
    const members = [...holders.values()].filter((consortia) => consortia.includes('upstage'));
    expect(counts(filtered)).toEqual({ nodeCount: members.length + 1, edgeCount: members.length });
    await afterChange(page, () => page.click('#consortium-chips .chip'));
  });

  it('highlights a hovered node’s neighbours and fades the rest', async () => {
    await moveSlider(page, Number(await page.getAttribute('#as-of', 'max')));
    const { x, y } = await nodePosition(page, 'org:kaist');
    await page.mouse.move(x, y);
    const kaistConsortia = new Set(
      seedMemberships.filter((m) => m.org === 'kaist').map((m) => `consortium:${m.consortium}`),
    );
    await page.waitForFunction(() => {
      const renderer = (window as any).vizDrawer.renderer;
      return renderer.getNodeDisplayData('org:snu').color !== renderer.getGraph().getNodeAttribute('org:snu', 'color');
    });
    const shown = await page.evaluate(() => {
      const renderer = (window as any).vizDrawer.renderer;
      return renderer.getGraph().mapNodes((key: string, attributes: { color: string }) => ({
        key,
        kept: renderer.getNodeDisplayData(key).color === attributes.color,
      }));
    });
    const kept = shown.filter((node: { kept: boolean }) => node.kept).map((node: { key: string }) => node.key);
    expect(new Set(kept)).toEqual(new Set(['org:kaist', ...kaistConsortia]));
    await page.mouse.move(5, 5);
  });

  it('opens an organisation with its memberships and their sources on a click', async () => {
    const { x, y } = await nodePosition(page, 'org:kaist');
    await page.mouse.click(x, y);
    await page.waitForSelector('#details:not([hidden]) h3');
    expect(await page.textContent('#details h2')).toBe('KAIST');
    expect(await page.textContent('#details .names')).toContain('한국과학기술원');
    const memberships = await page.$$eval('#details-body ul:first-of-type > li', (items) =>
      items.map((item) => ({
        text: item.firstChild?.textContent,
        sources: item.querySelectorAll('.sources > *').length,
      })),
    );
    const expected = seedMemberships.filter((m) => m.org === 'kaist');
    expect(memberships).toHaveLength(expected.length);
    for (const membership of memberships) expect(membership.sources).toBeGreaterThan(0);
    expect(await page.textContent('#details-body')).toContain('Upstage consortium');
    expect(await page.textContent('#details-body')).toContain('Betweenness');

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'viz.png') });
    expect(consoleErrors).toEqual([]);
  });
});

describeWithChromium('GET /viz above the measured-network limit', () => {
  let db: Database;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    db = openTestDatabase();
    server = await startTestServer(db, { networkLimits: { ...DEFAULT_NETWORK_LIMITS, maxMeasuredNodes: 50 } });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.close();
  });

  it('draws without betweenness and says how to get it, with no server message and no console error', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const consoleErrors = collectConsoleErrors(page);
    await page.goto(`${server.baseUrl}/viz`);
    const state = await drawnState(page);

    const expected = expectedNetwork({ day: null, activeOnly: false, rollUp: false });
    expect(counts(state)).toEqual(expected);
    expect(state.measured).toBe(false);
    const notice = await page.textContent('#notice');
    expect(notice).toContain(`This view has ${expected.nodeCount} nodes`);
    expect(notice).toContain('up to 50 nodes');
    expect(notice).toContain('pick a few consortia');
    expect(await page.isHidden('#error')).toBe(true);
    const text = await page.textContent('body');
    expect(text).not.toMatch(/MAX_MEASURED_NETWORK_NODES|measures=|selection/);
    const links = await page.$$eval('#download-list a', (anchors) =>
      anchors.map((anchor) => anchor.getAttribute('href')!),
    );
    for (const link of links) expect(link).toContain('measures=degree');
    expect(consoleErrors).toEqual([]);
  });

  it('says when too many edges, not nodes, keep the server from measuring the view', async () => {
    // Far more nodes allowed than the seed has, but a betweenness budget V·(V+E) smaller than its network's.
    const maxMeasureWork = 5000;
    const tight = await startTestServer(db, { networkLimits: { ...DEFAULT_NETWORK_LIMITS, maxMeasureWork } });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      const consoleErrors = collectConsoleErrors(page);
      await page.goto(`${tight.baseUrl}/viz`);
      const state = await drawnState(page);
      const { nodeCount, edgeCount } = expectedNetwork({ day: null, activeOnly: false, rollUp: false });
      expect(counts(state)).toEqual({ nodeCount, edgeCount });
      expect(state.measured).toBe(false);
      // The most nodes the budget affords at this view's edges per node, found by counting up (bounded by the budget).
      let affordable = 0;
      while ((affordable + 1) * (affordable + 1 + ((affordable + 1) * edgeCount) / nodeCount) <= maxMeasureWork) {
        affordable += 1;
      }
      const notice = await page.textContent('#notice');
      expect(notice).toContain(`This view has ${nodeCount} nodes and ${edgeCount} edges: too many connections`);
      expect(notice).toContain(`up to about ${affordable} nodes`);
      expect(notice).not.toContain(`up to ${DEFAULT_NETWORK_LIMITS.maxMeasuredNodes.toLocaleString('en')} nodes`);
      expect(notice).toContain('pick a few consortia');
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
      await tight.stop();
    }
  });

  it('says the server could not measure the view just now when its measured download fails', async () => {
    // Every measure goes to a worker, which is stopped after 1 ms: the measured download answers 503.
    const failing = await startTestServer(db, {
      networkLimits: { ...DEFAULT_NETWORK_LIMITS, inlineMeasureWork: 0, measureTimeoutMs: 1 },
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await page.goto(`${failing.baseUrl}/viz`);
      const state = await drawnState(page);
      expect(counts(state)).toEqual(expectedNetwork({ day: null, activeOnly: false, rollUp: false }));
      expect(state.measured).toBe(false);
      const notice = await page.textContent('#notice');
      expect(notice).toContain('could not compute who bridges consortia (betweenness) and communities');
      expect(notice).toContain('Reload the page to try again');
      expect(notice).not.toContain('too many');
      expect(await page.isHidden('#error')).toBe(true);
    } finally {
      await page.close();
      await failing.stop();
    }
  });
});

/** Each organisation's and consortium's degree in the bipartite view of a day, counted from the seed YAML. */
function expectedDegrees(day: string | null, activeOnly: boolean): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const [org, consortia] of expectedMultiConsortium({ day, activeOnly, rollUp: false, min: 1 })) {
    degrees.set(`org:${org}`, consortia.length);
    for (const consortium of consortia)
      degrees.set(`consortium:${consortium}`, (degrees.get(`consortium:${consortium}`) ?? 0) + 1);
  }
  return degrees;
}

/** The size sigma draws each shown node at (hidden nodes left out). */
async function drawnSizes(page: Page): Promise<Map<string, number>> {
  const sizes = await page.evaluate(() => {
    const renderer = (window as any).vizDrawer.renderer;
    const shown: Array<[string, number]> = [];
    renderer.getGraph().forEachNode((key: string) => {
      const data = renderer.getNodeDisplayData(key);
      if (!data.hidden) shown.push([key, data.size]);
    });
    return shown;
  });
  return new Map(sizes);
}
