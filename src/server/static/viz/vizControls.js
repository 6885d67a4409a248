// The controls: the date slider that replays the program, the switches, and the consortium filter that searches
// (a list of thousands of checkboxes is unusable). Each calls `onChange()` after changing the view.
import { $, element } from './vizPanels.js';

const MAX_SUGGESTIONS = 12;
const REPLAY_STEP_MS = 1500;

/**
 * The slider's positions: each program day before today (`days`), today, and last "all time" (no asOf). Moving the
 * slider sets `view.asOf`; `sync()` puts it where `view.asOf` is.
 */
export function setUpTimeline(days, view, onChange, isReady) {
  const today = new Date().toISOString().slice(0, 10);
  const positions = [...days.filter((day) => day < today), today, null];
  const slider = $('as-of');
  slider.max = String(positions.length - 1);
  const describe = (day) => (day === null ? 'All time' : `${longDay(day)}${day === today ? ' (today)' : ''}`);
  const sync = () => {
    const index = positions.indexOf(view.asOf);
    slider.value = String(index >= 0 ? index : positions.length - 1);
    $('as-of-text').textContent = index >= 0 ? describe(positions[index]) : view.asOf;
  };
  slider.addEventListener('input', () => {
    $('as-of-text').textContent = describe(positions[Number(slider.value)]);
  });
  slider.addEventListener('change', () => {
    view.asOf = positions[Number(slider.value)] ?? null;
    sync();
    onChange();
  });
  $('play').addEventListener('click', () => replay(positions, view, sync, onChange, isReady));
  sync();
  return { positions, sync };
}

const longDay = (day) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** Steps the slider through every program day and today, waiting for each view to be drawn (bounded in steps). */
async function replay(positions, view, sync, onChange, isReady) {
  $('play').disabled = true;
  try {
    for (const day of positions.slice(0, -1)) {
      view.asOf = day;
      sync();
      onChange();
      const started = Date.now();
      while (!isReady() && Date.now() - started < 60_000) await pause(100);
      await pause(REPLAY_STEP_MS);
    }
  } finally {
    $('play').disabled = false;
  }
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The projection, activeOnly, roll-up and label switches. `onRelabel()` is called for a label change alone. */
export function setUpSwitches(view, onChange, onRelabel) {
  $('projection').value = view.projection;
  $('active-only').checked = view.activeOnly;
  $('roll-up').checked = view.includeAffiliates;
  $('label-language').value = view.labelLanguage;
  $('projection').addEventListener('change', (event) => {
    view.projection = event.target.value;
    onChange();
  });
  $('active-only').addEventListener('change', (event) => {
    view.activeOnly = event.target.checked;
    onChange();
  });
  $('roll-up').addEventListener('change', (event) => {
    view.includeAffiliates = event.target.checked;
    onChange();
  });
  $('label-language').addEventListener('change', (event) => {
    view.labelLanguage = event.target.value;
    onRelabel();
  });
}

/**
 * The consortium filter: typing shows the best matches among all consortia (`loadConsortia`, read on first use);
 * choosing one adds it as a chip; the view then shows only the chosen consortia and their members.
 */
export function setUpConsortiumFilter(view, loadConsortia, onChange) {
  const input = $('consortium-search');
  const suggestions = $('consortium-suggestions');
  let all = null;
  const names = new Map();
  const choose = (consortium) => {
    if (!view.consortia.includes(consortium.id)) view.consortia = [...view.consortia, consortium.id];
    names.set(consortium.id, consortium.name);
    input.value = '';
    suggestions.hidden = true;
    renderChips();
    onChange();
  };
  const renderChips = () => {
    $('consortium-chips').replaceChildren(
      ...view.consortia.map((id) => {
        const chip = element('button', `${names.get(id) ?? id} ×`, 'chip');
        chip.type = 'button';
        chip.title = 'Remove this consortium from the filter';
        chip.addEventListener('click', () => {
          view.consortia = view.consortia.filter((other) => other !== id);
          renderChips();
          onChange();
        });
        return chip;
      }),
    );
  };
  input.addEventListener('input', async () => {
    all ??= await loadConsortia();
    const text = input.value.trim().toLocaleLowerCase();
    const found = text ? matches(all, text, view.consortia) : [];
    suggestions.replaceChildren(...found.map((consortium) => suggestion(consortium, choose)));
    suggestions.hidden = found.length === 0;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && suggestions.firstChild) suggestions.firstChild.click();
    if (event.key === 'Escape') suggestions.hidden = true;
  });
  renderChips();
}

/** The consortia whose name or id contains the text, names starting with it first, then the largest. */
function matches(all, text, chosen) {
  return all
    .filter((c) => !chosen.includes(c.id) && (c.name.toLocaleLowerCase().includes(text) || c.id.includes(text)))
    .sort((a, b) => {
      const starts =
        Number(b.name.toLocaleLowerCase().startsWith(text)) - Number(a.name.toLocaleLowerCase().startsWith(text));
      return starts || b.memberCount - a.memberCount || a.name.localeCompare(b.name);
    })
    .slice(0, MAX_SUGGESTIONS);
}

function suggestion(consortium, choose) {
  const item = element('li', `${consortium.name} (${consortium.memberCount} members)`);
  item.setAttribute('role', 'option');
  item.tabIndex = 0;
  item.dataset.id = consortium.id;
  item.addEventListener('click', () => choose(consortium));
  item.addEventListener('keydown', (event) => event.key === 'Enter' && choose(consortium));
  return item;
}

/** The zoom buttons, and the + − 0 keys while the drawing has the focus. */
export function setUpZoom(drawer) {
  $('zoom-in').addEventListener('click', () => drawer.zoom(1));
  $('zoom-out').addEventListener('click', () => drawer.zoom(-1));
  $('zoom-reset').addEventListener('click', () => drawer.zoom(0));
  const keys = { '+': 1, '=': 1, '-': -1, '−': -1, 0: 0 };
  $('graph').addEventListener('keydown', (event) => {
    if (event.target !== $('graph') || !(event.key in keys)) return;
    event.preventDefault();
    drawer.zoom(keys[event.key]);
  });
}
