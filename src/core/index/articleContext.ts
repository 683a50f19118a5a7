import { definedAcronyms, nameSpelling } from '../extract/acronyms.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { GIVEN_NAMES } from '../extract/givenNames.js';
import { isRoleHead } from '../extract/rolePhrase.js';
import { STOP_WORDS } from './searchTerms.js';
import type { Passage } from '../types.js';

/**
 * What a sentence of an article means beyond its own words: "The A330 crashed into the Atlantic in June"
 * is about Air France Flight 447 because the title and the sentence before say so, and "the union" of an
 * article about the United Auto Workers (UAW) is the UAW. Facts are indexed with this context, so that a
 * question that names the article's subject finds them.
 */
export interface ArticleContext {
  title: string;
  /**
   * Its main subject: the name its title calls by a common noun ("botanic garden"), then the names it keeps
   * coming back to (Apple, Jobs, Boeing).
   */
  subject: string[];
  /** Acronyms the article defines, both ways: UAW → United Auto Workers, United Auto Workers → UAW. */
  aliases: Map<string, string>;
  /**
   * Names the article goes on to call by their head noun, by that noun: "trust" → North Pennine Hospitals
   * Trust, "university" → University of Alvarenga, so that "the trust's chairman" is found by the trust's name.
   */
  byHead: Map<string, string>;
}

/**
 * A subject name is named at least this many times, and at most this many are kept: a news story keeps
 * coming back to its actor, the one it acts on, where, and who judges it (maker, drug, country, regulator).
 */
const SUBJECT_MENTIONS = 3;
const SUBJECT_NAMES = 4;

/** Capitalised words that are no subject: the start of a sentence aside, these are capitalised anyway. */
const NOT_SUBJECTS = new Set(
  `The A An In On At It He She They We I But And Or If As For By To Of This That These Those Its His Her Their
  Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
  July August September October November December`.split(/\s+/),
);

const CAPITALISED = /\b\p{Lu}[\p{L}\d&'’-]*/gu;
const ACRONYM = /\b\p{Lu}{2,5}\b/gu;

/** The context of an article: its title, main subject and acronyms, from its passages. */
export function articleContext(title: string, passages: readonly Passage[]): ArticleContext {
  const counts = new Map<string, number>();
  // A capitalised word opening a sentence is a name only if the article also writes it so elsewhere.
  const opening = new Map<string, number>();
  for (const passage of passages) {
    for (const match of passage.text.matchAll(CAPITALISED)) {
      const word = match[0].replace(/['’]s?$/, '');
      if (NOT_SUBJECTS.has(word) || word.length < 2) continue;
      const tally = match.index === 0 ? opening : counts;
      tally.set(word, (tally.get(word) ?? 0) + 1);
    }
  }
  for (const [word, n] of opening) if (counts.has(word)) counts.set(word, counts.get(word)! + n);
  const aliases = new Map<string, string>();
  for (const [short, name] of WELL_KNOWN_SHORT_NAMES) {
    if (passages.some((passage) => passage.text.includes(name))) aliases.set(name, short);
  }
  for (const [acronym, name] of definedAcronyms(passages)) {
    aliases.set(acronym, name);
    aliases.set(name, acronym);
  }
  // "General Motors … GM said": an acronym the article uses beside its name without defining it.
  for (const acronym of new Set(passages.flatMap((passage) => passage.text.match(ACRONYM) ?? []))) {
    if (aliases.has(acronym)) continue;
    const name = nameSpelling(acronym, passages);
    if (!name) continue;
    aliases.set(acronym, name);
    aliases.set(name, acronym);
  }
  const byHead = namesByHead(passages);
  const named = [...counts]
    .filter(([, n]) => n >= SUBJECT_MENTIONS)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, SUBJECT_NAMES)
    .map(([word]) => withGivenName(word, passages));
  // "Mary Barra appointed as General Motors chief": the title's names are the subject, by either name; a
  // role's ("CEO": Chief Executive Officer) is no subject.
  const titleAliases = [...aliases]
    .filter(([name, alias]) => namesWord(title, name) && !isRoleHead(lastWord(alias).toLowerCase()))
    .map(([, alias]) => alias);
  const subject = [...new Set([...namesInTitle(title, byHead), ...titleAliases, ...named])];
  return { title, subject, aliases, byHead };
}

/**
 * "New director wants botanic garden to …" over "… in charge of the Kelvinside Botanic Garden": a title
 * calls what the story is about by its common noun, and the article names it in full, once perhaps; that
 * name is the article's subject however rarely it is written. The noun is written lower-case, and what
 * the title writes before it, if anything, is a word of the name: "central bank" is not the Trion Bank.
 */
function namesInTitle(title: string, byHead: ReadonlyMap<string, string>): string[] {
  const words = title.split(/[^\p{L}'’]+/u).map((word) => word.replace(/['’]s?$/, ''));
  return words.flatMap((word, i) => {
    const name = /^\p{Ll}+$/u.test(word) && !STOP_WORDS.has(word) ? byHead.get(word) : undefined;
    return name && !describedOtherwise(words[i - 1], name) ? [name] : [];
  });
}

/** Whether the word a title writes before a noun is none of its name's: "the", "its" say nothing ("US" does). */
function describedOtherwise(before: string | undefined, name: string): boolean {
  if (before === undefined || (/^\p{Lu}?\p{Ll}*$/u.test(before) && STOP_WORDS.has(before.toLowerCase())))
    return false;
  return !name.toLowerCase().split(/\s+/).includes(before.toLowerCase());
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** Whether a text writes a name as whole words: "VMX" does not write "VM". */
function namesWord(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return (
    at >= 0 && !/[\p{L}\d]/u.test(text[at - 1] ?? '') && !/[\p{L}\d]/u.test(text[at + name.length] ?? '')
  );
}

/**
 * "Keith Farrow, 52, … Mr Farrow …": news gives a person's full name once and the surname after; a subject
 * that is a surname is kept with the given name it was introduced with, so that a question naming them in
 * full finds the sentences that say only "a landlord" or "Mr Farrow".
 */
function withGivenName(word: string, passages: readonly Passage[]): string {
  const before = new RegExp(`\\b(\\p{Lu}\\p{Ll}+)\\s+${escapeRegExp(word)}\\b`, 'gu');
  for (const passage of passages)
    for (const [, given] of passage.text.matchAll(before))
      if (GIVEN_NAMES.has(given!.toLowerCase())) return `${given} ${word}`;
  return word;
}

/**
 * Institutions news calls by a short name it rarely defines: a sentence naming the Federal Reserve is found by
 * "Fed". (An article's own acronyms, "the United Auto Workers (UAW)", are read from it.)
 */
const WELL_KNOWN_SHORT_NAMES: readonly [short: string, name: string][] = [
  ['Fed', 'Federal Reserve'],
  ['ECB', 'European Central Bank'],
  ['IMF', 'International Monetary Fund'],
  ['UN', 'United Nations'],
  ['EU', 'European Union'],
  ['NATO', 'North Atlantic Treaty Organization'],
  ['WTO', 'World Trade Organization'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['SEC', 'Securities and Exchange Commission'],
  ['NHS', 'National Health Service'],
];

/** A name of several capitalised words, maybe joined by "of" or "for": "Glen Corran Mountain Rescue Team". */
const LONG_NAME = /\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}’'-]+)+/gu;

/** A name of several capitalised words after "the", and the lower-case noun after it: "the Cerro Alegre library". */
const NAME_AND_NOUN = /\b[Tt]he\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+)\s+(\p{Ll}{3,})\b/gu;

function namesByHead(passages: readonly Passage[]): Map<string, string> {
  const byHead = new Map<string, string>();
  for (const passage of passages) {
    for (const [match] of passage.text.matchAll(LONG_NAME)) {
      const name = match.replace(/^The\s+/, '');
      // "Members of the Glen Corran Mountain Rescue Team" holds a name of its own after its "of".
      const inner = name.split(/\s(?:of|for)\s+(?:the\s+)?/).pop()!;
      for (const candidate of inner === name ? [name] : [name, inner]) {
        const words = candidate.split(/\s+/);
        if (words.length < 2) continue;
        // "University of Alvarenga" is a university; "North Pennine Hospitals Trust" a trust.
        const head = (/\s(?:of|for)\s/.test(candidate) ? words[0]! : words[words.length - 1]!).toLowerCase();
        if (isRoleHead(head) || NOT_SUBJECTS.has(words[words.length - 1]!)) continue;
        if (candidate.length > (byHead.get(head)?.length ?? 0)) byHead.set(head, candidate);
      }
    }
  }
  // "a fire at the Vennhaven Chemicals plant … the plant": a name is also called by the noun written after it.
  for (const passage of passages) {
    for (const [, name, noun] of passage.text.matchAll(NAME_AND_NOUN)) {
      if (!byHead.has(noun!) && !isRoleHead(noun!)) byHead.set(noun!, name!.replace(/^The\s+/, ''));
    }
  }
  return byHead;
}

/** The context words of one passage: title, subject, and the other name of each acronym it uses. */
export function passageContext(context: ArticleContext, text: string): string {
  const parts = [context.title, ...context.subject];
  for (const [name, alias] of context.aliases) if (text.includes(name)) parts.push(alias);
  parts.push(...namesReferredTo(context, text));
  return parts.join(' | ');
}

/** The names a text refers to by their head noun: "the trust" → North Pennine Hospitals Trust (see `byHead`). */
export function namesReferredTo(context: ArticleContext, text: string): string[] {
  return [...text.matchAll(/\b[Tt]he\s+(\p{Ll}+)/gu)].flatMap(([, head]) => context.byHead.get(head!) ?? []);
}
