import type { Passage } from '../types.js';

/**
 * What a sentence of an article means beyond its own words: "The A330 crashed into the Atlantic in June"
 * is about Air France Flight 447 because the title and the sentence before say so, and "the union" of an
 * article about the United Auto Workers (UAW) is the UAW. Facts are indexed with this context, so that a
 * question that names the article's subject finds them.
 */
export interface ArticleContext {
  title: string;
  /** Names the article keeps coming back to: its main subject (Apple, Jobs, Boeing). */
  subject: string[];
  /** Acronyms the article defines, both ways: UAW → United Auto Workers, United Auto Workers → UAW. */
  aliases: Map<string, string>;
}

/** A subject name is named at least this many times, and at most this many are kept. */
const SUBJECT_MENTIONS = 3;
const SUBJECT_NAMES = 3;

/** Capitalised words that are no subject: the start of a sentence aside, these are capitalised anyway. */
const NOT_SUBJECTS = new Set(
  `The A An In On At It He She They We I But And Or If As For By To Of This That These Those Its His Her Their
  Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
  July August September October November December`.split(/\s+/),
);

const CAPITALISED = /\b\p{Lu}[\p{L}\d&'’-]*/gu;
// "the United Auto Workers (UAW)", "General Motors Corp. (GM)": a name of capitalised words, then its acronym.
const DEFINED_ACRONYM =
  /((?:\p{Lu}[\p{L}\d&.'’-]*\s+)(?:(?:of|for|and|the|de|du|&)\s+)?(?:\p{Lu}[\p{L}\d&.'’-]*\s*){0,6})\((\p{Lu}[\p{Lu}\d&.-]{1,7})\)/gu;

/** The context of an article: its title, main subject and acronyms, from its passages. */
export function articleContext(title: string, passages: readonly Passage[]): ArticleContext {
  const counts = new Map<string, number>();
  const aliases = new Map<string, string>();
  for (const passage of passages) {
    for (const match of passage.text.matchAll(CAPITALISED)) {
      const word = match[0].replace(/['’]s?$/, '');
      if (match.index === 0 || NOT_SUBJECTS.has(word) || word.length < 2) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    for (const match of passage.text.matchAll(DEFINED_ACRONYM)) {
      const acronym = match[2]!;
      const name = expansionFor(match[1]!.trim(), acronym);
      if (!name) continue;
      aliases.set(acronym, name);
      aliases.set(name, acronym);
    }
  }
  const subject = [...counts]
    .filter(([, n]) => n >= SUBJECT_MENTIONS)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, SUBJECT_NAMES)
    .map(([word]) => word);
  return { title, subject, aliases };
}

/**
 * The words of `name` that the acronym stands for: the shortest tail of the name whose initials spell it
 * ("the union said the United Auto Workers" → "United Auto Workers" for UAW); `undefined` when none does.
 */
function expansionFor(name: string, acronym: string): string | undefined {
  const words = name.split(/\s+/);
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  for (let from = words.length - 1; from >= 0; from--) {
    const tail = words.slice(from);
    const initials = tail
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (initials === letters) return tail.join(' ');
    if (initials.length > letters.length) break;
  }
  return undefined;
}

/** The context words of one passage: title, subject, and the other name of each acronym it uses. */
export function passageContext(context: ArticleContext, text: string): string {
  const parts = [context.title, ...context.subject];
  for (const [name, alias] of context.aliases) if (text.includes(name)) parts.push(alias);
  return parts.join(' | ');
}
