import type { Token } from '../text/tokenize.js';
import { isCapitalised, isPossessive } from '../text/tokenize.js';
import { ABBREVIATED_ROLES, HONORIFICS, NATIONALITY_NOUNS, NEVER_NAMES } from './lexicon.js';
import { GIVEN_NAMES } from './givenNames.js';

/** A run of capitalised words: the place where names, titles and organisations are written. */
export interface NameRun {
  /** Index of the first token of the run. */
  from: number;
  /** Index after the last token of the run. */
  to: number;
  /** The run is followed by a possessive 's. */
  possessive: boolean;
}

/** Lower-case words inside a name ("Sanne de Vries", "Ursula von der Leyen"). */
export const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'dos',
  'das',
  'del',
  'ter',
  'af',
]);

/** Splits a passage's tokens into runs of capitalised words (with initials, particles and "Dr."-style abbreviations). */
export function findNameRuns(tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i])) {
      i++;
      continue;
    }
    const from = i;
    let j = i;
    for (;;) {
      const token = tokens[j];
      if (isCapitalised(token)) {
        j++;
        // "Dr." / "Sen." keep the run going over their period.
        if (tokens[j]?.text === '.' && isAbbreviatedTitle(token!.text) && isCapitalised(tokens[j + 1])) j++;
        // "O' Leary" as some texts write it.
        else if (token!.text === 'O' && /^['’]$/.test(tokens[j]?.text ?? '') && isCapitalised(tokens[j + 1]))
          j++;
        continue;
      }
      // "de Vries", "von der Leyen": particles, one or two, before a capitalised word.
      const particles = PARTICLES.has(tokens[j + 1]?.text ?? '') ? 2 : 1;
      if (token && PARTICLES.has(token.text) && isCapitalised(tokens[j + particles]) && j > from) {
        j += particles;
        continue;
      }
      break;
    }
    runs.push({ from, to: j, possessive: isPossessive(tokens[j]) });
    i = Math.max(j, i + 1);
  }
  return runs;
}

/** Leading words that start sentences or name times ("In October", "The") are not part of a name or title. */
export function trimRunStart(tokens: Token[], run: NameRun): NameRun {
  let from = run.from;
  while (from < run.to && NEVER_NAMES.has(tokens[from]!.text.toLowerCase())) {
    // "Jan Kowalski": a given name that is also a month's abbreviation opens a name when one follows it.
    if (from + 1 < run.to && GIVEN_NAMES.has(tokens[from]!.text.toLowerCase())) break;
    from++;
  }
  // "Finn Eero Salonen": a noun of nationality before a full name; "Finn Cole" is a name of two words.
  if (run.to - from >= 3 && NATIONALITY_NOUNS.has(tokens[from]!.text.toLowerCase())) from++;
  // "Sixteen-year-old Vesna Marić", "Glasgow-born Amy Reid": a compound adjective before a full name describes
  // the person and is no part of the name.
  while (run.to - from >= 2 && DESCRIBING_COMPOUND.test(tokens[from]!.text)) from++;
  return { ...run, from };
}

/** Compound adjectives of age, birth or base: "Sixteen-year-old", "Russia-born", "London-based". */
const DESCRIBING_COMPOUND = /^[\p{L}\d]+(?:-[\p{L}\d]+)*-(?:year-old|born|bred|raised|based)$/iu;

export function isAbbreviatedTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return HONORIFICS.has(lower) || lower in ABBREVIATED_ROLES;
}

export function runText(text: string, tokens: Token[], from: number, to: number): string {
  if (to <= from) return '';
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(/\s+/g, ' ');
}
