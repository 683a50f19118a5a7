import { STOP_WORDS } from '../index/searchTerms.js';
import { baseForm } from '../text/baseForm.js';
import { withoutDateline } from '../text/dateline.js';
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

/** Words or pairs of words side by side, those in the most passages first ("domestic violence"). */
export function mostPassagesFirst(counted: Map<string, number>): string[] {
  return [...counted].sort((a, b) => b[1] - a[1]).map(([words]) => words);
}

/** What a quotation is about: two words side by side that other passages hold too, or a name of two or more. */
export interface Topic {
  words: string;
  /** How many passages hold the two words; a name is not counted. */
  passages: number;
}

/**
 * A quotation's pairs of words side by side that other passages hold too, those in the most passages
 * first, then its names of two words or more ("Tessel River"). A lone common word ("minister", "plan") reads
 * as no topic in "What did X say about minister?".
 */
export function topicsOf(quotation: string, counts: WordCounts): Topic[] {
  const pairs = wordRuns(quotation).flatMap((run) =>
    run
      .slice(1)
      .flatMap((word, i) => (isTopicWord(run[i]!) && isTopicWord(word) ? [`${run[i]} ${word}`] : [])),
  );
  const shared = [...new Set(pairs)]
    .map((words) => ({ words, passages: counts.pairs.get(words) ?? 0 }))
    .filter((topic) => topic.passages > 1)
    .sort((a, b) => b.passages - a.passages);
  // A name of one word may be a word of another kind ("Drennish", "Methodist").
  const names = [
    ...new Set(namesIn(quotation).flatMap(({ name }) => (name.length > 1 ? [name.join(' ')] : []))),
  ];
  return [...shared, ...names.map((words) => ({ words, passages: 0 }))];
}

/**
 * What a `/when` could ask an event by, likeliest first: a name in the clause of its date with the common
 * word after it ("Eastport harbour"), then phrases of words about something ("measles vaccination
 * campaign"). A name alone says where or who ("Calveria", "Irish"), not what happened; never the date's
 * own words, the dateline, nor a name that holds a person's (`personWords`): that asks for all they did.
 */
export function eventWords(clause: string, dateText: string, personWords: ReadonlySet<string>): string[] {
  const named: string[] = [];
  const phrases: string[] = [];
  for (const sentence of withoutDateline(clause).replace(dateText, ' , ').split(SENTENCE_BREAK)) {
    for (const { name, next } of namesIn(sentence)) {
      if (next !== undefined && isTopicWord(next) && !name.some((word) => personWords.has(word)))
        named.push(`${name.join(' ')} ${next}`);
    }
    for (const run of wordRuns(sentence)) {
      let phrase: string[] = [];
      for (const word of [...run, '']) {
        if (isTopicWord(word)) phrase.push(word);
        else {
          if (phrase.length > 1) phrases.push(phrase.slice(-MAX_PHRASE).join(' '));
          phrase = [];
        }
      }
    }
  }
  return [...new Set([...named, ...phrases])];
}

/** A name in a text ("Council of Europe") and the word after it, if any. */
interface NameIn {
  name: string[];
  next: string | undefined;
}

/** The names of a text, of up to `MAX_NAME` words: a longer run of capitals is a title and a name together. */
export function namesIn(text: string): NameIn[] {
  const found: NameIn[] = [];
  wordRuns(text).forEach((run) => {
    let name: string[] = [];
    run.forEach((word, i) => {
      // A sentence's first word is capitalised whatever it is, and a run may start a sentence: it starts a
      // name only if one follows.
      if (isNameWord(word) && (i > 0 || isNameWord(run[1] ?? ''))) {
        name.push(word);
        return;
      }
      if (name.length > 0 && NAME_JOINER.test(word) && isNameWord(run[i + 1] ?? '')) {
        name.push(word);
        return;
      }
      endName(name, word, found);
      name = [];
    });
    endName(name, undefined, found);
  });
  return found;
}

function endName(words: string[], next: string | undefined, found: NameIn[]): void {
  const name = [...words];
  while (name.length > 0 && NAME_JOINER.test(name[name.length - 1]!)) name.pop();
  if (/^the$/i.test(name[0] ?? '')) name.shift();
  if (name.length > 0) name[name.length - 1] = name[name.length - 1]!.replace(/['’]s$/, '');
  // "We", "It": a word that opens a sentence inside a run, no name.
  if (name.length === 1 && STOP_WORDS.has(name[0]!.toLowerCase())) return;
  if (name.length > 0 && name.length <= MAX_NAME) found.push({ name, next });
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
