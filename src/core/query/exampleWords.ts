import { STOP_WORDS } from '../index/searchTerms.js';
import { baseForm } from '../text/baseForm.js';
import { MONTHS } from '../text/formatDate.js';

/** The words help's examples ask by: what a passage, a clause or a quotation is about, as people type it. */

const MONTH_OR_DAY = new Set(
  [...MONTHS, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((word) =>
    word.toLowerCase(),
  ),
);
/** Where a new sentence starts inside a clause: after a dateline ("ASTANA – Fines …") or a colon. */
const SENTENCE_BREAK = /\s[-–—]\s|[:;]\s/;
/** Words that say nothing of what a text is about, though no stop words of the index. */
const EMPTY_WORDS = new Set(
  `within without never ever always still even much many every something nothing anything everything
  someone anyone thing things whether cannot really rather quite though although however enough another
  others first seen done gone given taken known become being must might shall one two three four five six
  seven eight nine ten new old yet get got may can way lot lots let use far ago per via last next year years
  month months week weeks day days time times percent`.split(/\s+/),
);
/** Words inside a name ("Council of Europe", "Ministry for Foreign Affairs"). */
const NAME_JOINER = /^(?:of|for|and)$/;
/** Words a phrase about something holds together, at most. */
const MAX_PHRASE = 3;
/** Words of a name to ask by, at most: a longer run of capitals is a title and a name together. */
const MAX_NAME = 4;

/** How many passages hold each word and each pair of words side by side: what a corpus is mostly about. */
export interface WordCounts {
  words: Map<string, number>;
  pairs: Map<string, number>;
}

/** Counts the words of `passages`, each word and pair once a passage. */
export function countWords(passages: Iterable<string>): WordCounts {
  const counts: WordCounts = { words: new Map(), pairs: new Map() };
  for (const text of passages) {
    const words = new Set<string>();
    const pairs = new Set<string>();
    for (const run of wordRuns(text)) {
      run.forEach((word, i) => {
        if (!isTopicWord(word)) return;
        words.add(word);
        if (i > 0 && isTopicWord(run[i - 1]!)) pairs.add(`${run[i - 1]} ${word}`);
      });
    }
    for (const word of words) counts.words.set(word, (counts.words.get(word) ?? 0) + 1);
    for (const pair of pairs) counts.pairs.set(pair, (counts.pairs.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Pairs of words side by side, those in the most passages first ("domestic violence"). */
export function commonPairs(counts: WordCounts): string[] {
  return [...counts.pairs].sort((a, b) => b[1] - a[1]).map(([pair]) => pair);
}

/** What a quotation is about, in words other passages hold too, with how many passages hold them. */
export interface Topic {
  words: string;
  /** Two words side by side ("domestic violence"), which say more than one. */
  pair: boolean;
  passages: number;
}

/** A quotation's pairs of words side by side, and its single words, that other passages hold too. */
export function topicsOf(quotation: string, counts: WordCounts): Topic[] {
  const runs = wordRuns(quotation);
  const pairs = runs.flatMap((run) =>
    run
      .slice(1)
      .flatMap((word, i) => (isTopicWord(run[i]!) && isTopicWord(word) ? [`${run[i]} ${word}`] : [])),
  );
  const shared = (keys: string[], map: Map<string, number>, pair: boolean) =>
    [...new Set(keys)].flatMap((words) => {
      const passages = map.get(words) ?? 0;
      return passages > 1 ? [{ words, pair, passages }] : [];
    });
  return [
    ...shared(pairs, counts.pairs, true),
    ...shared(
      runs.flat().filter((word) => word.length > 3 && isTopicWord(word)),
      counts.words,
      false,
    ),
  ];
}

/**
 * What a `/when` could ask an event by, likeliest first: the names of things in the clause of its date
 * ("Istanbul Convention"), then phrases of words about something ("measles vaccination campaign"). Never
 * the date's own words, nor a name that holds a person's (`personWords`): that asks for all they did.
 */
export function eventWords(clause: string, dateText: string, personWords: ReadonlySet<string>): string[] {
  const names: string[] = [];
  const phrases: string[] = [];
  for (const sentence of clause.replace(dateText, ' , ').split(SENTENCE_BREAK)) {
    wordRuns(sentence).forEach((run, r) => {
      let name: string[] = [];
      let phrase: string[] = [];
      const endName = () => {
        while (name.length > 0 && NAME_JOINER.test(name[name.length - 1]!)) name.pop();
        if (/^the$/i.test(name[0] ?? '')) name.shift();
        if (name.length > 0 && name.length <= MAX_NAME && !name.some((word) => personWords.has(word)))
          names.push(name.join(' ').replace(/['’]s$/, ''));
        name = [];
      };
      const endPhrase = () => {
        if (phrase.length > 1) phrases.push(phrase.slice(-MAX_PHRASE).join(' '));
        phrase = [];
      };
      run.forEach((word, i) => {
        // A sentence's first word is capitalised whatever it is: it starts a name only if one follows.
        if (isNameWord(word) && (r > 0 || i > 0 || isNameWord(run[1] ?? ''))) {
          name.push(word);
          endPhrase();
        } else if (name.length > 0 && NAME_JOINER.test(word) && isNameWord(run[i + 1] ?? '')) {
          name.push(word);
        } else {
          endName();
          if (isTopicWord(word)) phrase.push(word);
          else endPhrase();
        }
      });
      endName();
      endPhrase();
    });
  }
  return [...new Set([...names, ...phrases])];
}

/** The first two words of a clause that say what it is about, wherever they stand ("threats & stalking"). */
export function looseWords(clause: string, dateText: string): string | undefined {
  const words = wordRuns(clause.replace(dateText, ' , ')).flat().filter(isTopicWord);
  return words.length > 1 ? words.slice(0, 2).join(' ') : undefined;
}

/** A text's words, in runs that punctuation parts ("innovators — brave" are two runs). */
function wordRuns(text: string): string[][] {
  return text
    .split(/[^\p{L}\p{M}\d\s'’-]+|\s[-'’]+\s/u)
    .map((piece) => piece.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)))
    .filter((run) => run.length > 0);
}

/** A word of a name: capitalised ("Istanbul") or an acronym ("EU"); not a month or a day of the week. */
function isNameWord(word: string): boolean {
  return /^\p{Lu}(?:[\p{Ll}\p{M}]|\p{Lu}+$)/u.test(word) && !MONTH_OR_DAY.has(word.toLowerCase());
}

/**
 * A word that says what something is about: lower case, not too short, not a stop word, a month, a verb in
 * the past or an adverb.
 */
function isTopicWord(word: string): boolean {
  return (
    /^\p{Ll}{3,}$/u.test(word) &&
    !STOP_WORDS.has(word) &&
    !EMPTY_WORDS.has(word) &&
    !MONTH_OR_DAY.has(word) &&
    !word.endsWith('ly') &&
    baseForm(word) === undefined
  );
}
