// `npm start`'s prestart: compiles src/ into dist/ (`npm run build`) unless dist/ is newer than every source, so a
// fresh clone builds once and later starts cost a walk of src/ (milliseconds) instead of a tsc run (15-25 s here).
/* global console */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const STAMP = path.join(root, 'dist/.built');
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'scripts/copyStatic.js'];
/** A bound on the walk: src/ holds a few hundred files; a folder this large is not ours to compile. */
const MAX_FILES = 20_000;

/** The newest modification time under `dir`, at most MAX_FILES entries deep in total. */
function newestUnder(dir, budget) {
  let newest = 0;
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop();
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (--budget.left < 0) throw new Error(`more than ${MAX_FILES} files under ${dir}`);
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  }
  return newest;
}

function isStale() {
  if (!fs.existsSync(STAMP) || !fs.existsSync(path.join(root, 'dist/main.js'))) return true;
  const builtAt = fs.statSync(STAMP).mtimeMs;
  const sources = Math.max(
    newestUnder(path.join(root, 'src'), { left: MAX_FILES }),
    ...CONFIG_FILES.map((file) => fs.statSync(path.join(root, file)).mtimeMs),
  );
  return sources > builtAt;
}

if (isStale()) {
  console.log('Compiling src/ to dist/ (npm run build)...');
  const startedAt = Date.now();
  // The stamp is taken before compiling: a source edited during the build makes the next start build again.
  const stampTime = new Date();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('error: the TypeScript build failed (above); fix it, or run `npm run dev` to work from src/.');
    process.exit(build.status ?? 1);
  }
  fs.writeFileSync(STAMP, '');
  fs.utimesSync(STAMP, stampTime, stampTime);
  console.log(`Compiled in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
}
