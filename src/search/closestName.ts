import { wordsOf, type SearchWord } from './searchText';

/** Edits between two words, an adjacent swap counting as one (optimal string alignment, as Lucene's fuzzy query). */
export function typoDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

const wordCost = (word: SearchWord, tokens: readonly string[]): number =>
  Math.min(
    ...tokens.map((token) =>
      word.cjk
        ? token.includes(word.text)
          ? 0
          : word.text.length
        : token.startsWith(word.text)
          ? 0
          : typoDistance(word.text, token),
    ),
  );

/**
 * Which of an organisation's names a fuzzy hit matched: the one whose words are fewest typos from the words
 * searched (a word's start counts as no typo), the first such in the order given (names before aliases).
 */
export function closestName(words: readonly SearchWord[], names: readonly string[]): string {
  let best = names[0] ?? '';
  let bestCost = Infinity;
  for (const name of names) {
    const tokens = wordsOf(name).map((token) => token.text);
    if (tokens.length === 0) continue;
    const cost = words.reduce((sum, word) => sum + wordCost(word, tokens), 0);
    if (cost < bestCost) [best, bestCost] = [name, cost];
  }
  return best;
}
