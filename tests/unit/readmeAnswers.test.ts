/** The README's answers table is the tests' computation: regenerate it with `npm run docs:answers`. */
import { answersBlock, readmeBlock } from '../support/answersTable';

describe("the README's answers table", () => {
  it('equals the table rendered from the independent reading of the seed files', () => {
    const expected = answersBlock();
    expect(readmeBlock()).toBe(expected);
  });

  it('says the in-the-program answer after the unreported second evaluation is known only as of 20 Feb 2026', () => {
    const block = answersBlock();
    expect(block).toContain('(as of 20 Feb 2026¹)');
    expect(block).toContain('No source reports the result of the second evaluation (August 2026)');
  });
});
