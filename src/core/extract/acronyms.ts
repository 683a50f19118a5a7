import type { Passage } from '../types.js';
import { COMPANY_ABBREVIATIONS } from './lexicon.js';

// "the United Auto Workers (UAW)", "General Motors Corp. (GM)": a name of capitalised words, then its acronym.
const DEFINED_ACRONYM =
  /((?:\p{Lu}[\p{L}\d&.'’-]*\s+)(?:(?:of|for|and|the|de|du|&)\s+)?(?:\p{Lu}[\p{L}\d&.'’-]*\s*){0,6})\((\p{Lu}[\p{Lu}\d&.-]{1,7})\)/gu;

/** The acronyms an article defines ("the United Auto Workers (UAW)"), each with the name it stands for. */
export function definedAcronyms(passages: readonly Pick<Passage, 'text'>[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const passage of passages) {
    // The cheap test first: the pattern is tried at every capital of the passage.
    if (!passage.text.includes('(')) continue;
    for (const match of passage.text.matchAll(DEFINED_ACRONYM)) {
      const acronym = match[2]!;
      const name = expansionFor(match[1]!.trim(), acronym);
      if (name) names.set(acronym, name);
    }
  }
  return names;
}

/**
 * The words of `name` that the acronym stands for: the shortest tail of the name whose initials spell it
 * ("the union said the United Auto Workers" → "United Auto Workers" for UAW); `undefined` when none does.
 */
function expansionFor(name: string, acronym: string): string | undefined {
  const words = name.split(/\s+/);
  // "General Motors Corp. (GM)": a company's suffix is not in its acronym.
  if (COMPANY_ABBREVIATIONS.has(words[words.length - 1]!.replace(/\.$/, '').toLowerCase())) words.pop();
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

/**
 * The name an acronym stands for in an article that uses both without defining one by the other ("General
 * Motors … GM said", "the United Auto Workers union … The UAW issued"): the first run of capitalised words
 * whose initials spell it, joined at most by "of", "for", "and", "the" or "&"; `undefined` when none does.
 */
export function nameSpelling(
  acronym: string,
  passages: readonly Pick<Passage, 'text'>[],
): string | undefined {
  const letters = [...acronym.replace(/[^\p{Lu}]/gu, '')];
  if (letters.length < 2) return undefined;
  const words = letters.map((letter) => `${letter}[\\p{Ll}\\p{M}'’-]+`);
  const pattern = new RegExp(`\\b${words.join(`\\s+(?:(?:of|for|and|the|&)\\s+)?`)}\\b`, 'u');
  for (const passage of passages) {
    const match = pattern.exec(passage.text);
    if (match) return match[0];
  }
  return undefined;
}
