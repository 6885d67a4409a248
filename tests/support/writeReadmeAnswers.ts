/** `npm run docs:answers`: rewrites the README's answers block from the tests' independent computation. */
import fs from 'node:fs';
import { answersBlock, readmeBlock, README } from './answersTable';

async function main(): Promise<void> {
  const readme = fs.readFileSync(README, 'utf8');
  const current = readmeBlock(readme);
  if (current === null)
    throw new Error(`README.md has no answers block (<!-- answers:start --> … <!-- answers:end -->)`);
  const block = answersBlock();
  fs.writeFileSync(README, readme.replace(current, block));
  console.log(current === block ? 'README.md answers block already up to date' : 'README.md answers block rewritten');
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
