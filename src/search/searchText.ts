import { badUserInput } from '../graphql/userInput';

/** The longest search text a client may send (characters). */
export const MAX_SEARCH_TEXT = 200;
/** The most words a search looks for: each is a group of Lucene clauses, so this bounds the query's size. */
export const MAX_SEARCH_WORDS = 8;
/**
 * How many of the full-text index's best hits a search ranks (by how they matched, then score) and pages through:
 * a search for one letter on a 100,000-organisation graph stays one bounded read.
 */
export const MAX_SEARCH_CANDIDATES = 1000;

/** Korean, Chinese and Japanese letters: the index splits them into bigrams, not words at spaces. */
const CJK = String.raw`\p{sc=Hangul}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;
const WORD = new RegExp(String.raw`[${CJK}]+|(?:(?![${CJK}])[\p{L}\p{N}\p{M}])+`, 'gu');
const IS_CJK = new RegExp(`^[${CJK}]`, 'u');

/**
 * Words the index drops (the CJK analyzer's English stop set): they cannot be required, since a name never
 * contains them as a term, so they only add to the score.
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or s such t that the their then there these they this to was will with www'.split(
    ' ',
  ),
);

/** A word of the search text, lowercased, with how the index holds it. */
export interface SearchWord {
  text: string;
  /** Korean, Chinese or Japanese: indexed as bigrams, so matched as a phrase (a part of a name), never fuzzily. */
  cjk: boolean;
}

/** The words of a text: runs of letters, digits and marks (NFKC, lowercased), a script change starting a new one. */
export const wordsOf = (text: string): SearchWord[] =>
  (text.normalize('NFKC').toLowerCase().match(WORD) ?? []).map((word) => ({ text: word, cjk: IS_CJK.test(word) }));

/**
 * The words of a search text, checked against the bounds: letters, digits and marks only, so nothing the user
 * types can be Lucene or regular-expression syntax. Empty for text without a letter or digit (`*`, `~`, `"`).
 */
export function searchWords(text: string): SearchWord[] {
  if (text.length > MAX_SEARCH_TEXT) {
    throw badUserInput(`text must be at most ${MAX_SEARCH_TEXT} characters, got ${text.length}`);
  }
  const words = wordsOf(text);
  if (words.length > MAX_SEARCH_WORDS) {
    throw badUserInput(`text must have at most ${MAX_SEARCH_WORDS} words, got ${words.length}`);
  }
  return words;
}

/** Edits a typo may have and still match: none for short words (too many near misses), two from eight letters. */
export const fuzzyEdits = (length: number): number => (length < 4 ? 0 : length < 8 ? 1 : 2);

/**
 * The Lucene query for the words: per word, the word itself (boost 4), names with a word starting with it (2), and
 * words within `fuzzyEdits` typos (Damerau–Levenshtein, 1). Every word but a stop word is required. The words hold
 * only letters and digits (see `searchWords`), and are lowercase, so AND/OR/NOT/TO are plain terms.
 */
export function luceneQuery(words: readonly SearchWord[]): string {
  return words
    .map(({ text, cjk }) => {
      const clauses = cjk
        ? // One letter is no bigram: it matches as the start of one.
          [text.length === 1 ? `${text}*^2` : `"${text}"^4`]
        : [`${text}^4`, `${text}*^2`, ...(fuzzyEdits(text.length) > 0 ? [`${text}~${fuzzyEdits(text.length)}`] : [])];
      const required = !STOP_WORDS.has(text) || words.length === 1;
      return `${required ? '+' : ''}(${clauses.join(' ')})`;
    })
    .join(' ');
}

// Regular expressions for how a name matched (Java syntax, run by Neo4j's =~, which matches the whole string).
const SEP = String.raw`[^\p{L}\p{N}\p{M}]`;
const START = String.raw`(?<![\p{L}\p{N}\p{M}])`;
const END = String.raw`(?![\p{L}\p{N}\p{M}])`;
const quote = (text: string) => text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');

/** Patterns for the ranks above FUZZY: the whole name, every word as a whole word, every word as a word's start. */
export function matchPatterns(words: readonly SearchWord[]): { exact: string; words: string; prefix: string } {
  const exact = words
    .map((word, i) => {
      const between = i === 0 ? '' : !word.cjk && !words[i - 1]!.cjk ? `${SEP}+` : `${SEP}*`;
      return between + quote(word.text);
    })
    .join('');
  const all = (whole: boolean) =>
    words
      .map(({ text, cjk }) => (cjk ? `(?=.*${quote(text)})` : `(?=.*${START}${quote(text)}${whole ? END : ''})`))
      .join('');
  return {
    exact: `(?isu)${SEP}*${exact}${SEP}*`,
    words: `(?isu)${all(true)}.*`,
    prefix: `(?isu)${all(false)}.*`,
  };
}
