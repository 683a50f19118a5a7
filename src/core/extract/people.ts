import type { Passage } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { isCapitalised, tokenize } from '../text/tokenize.js';
import { NEVER_NAMES, NON_PERSON_NAME_WORDS, SPEECH_VERBS } from './lexicon.js';
import { findNameRuns, runText, trimRunStart } from './nameRuns.js';
import type { RoleSpan } from './rolePhrase.js';
import {
  appositionAfter,
  isHonorific,
  isRoleHead,
  roleAfterAs,
  roleText,
  titleBefore,
} from './rolePhrase.js';

/** A person of one article, under the fullest name the article gives. */
export interface ArticlePerson {
  name: string;
  /** Roles as written, each with the passage that states it; first stated first. */
  roles: { role: string; passageIndex: number }[];
  /** Every mention, in text order. */
  mentions: PersonMention[];
}

/** Where an article names a person (by full name, surname or with a title). */
export interface PersonMention {
  person: number;
  passageIndex: number;
  /** Character offsets of the name in the passage text. */
  start: number;
  end: number;
  /** Token indexes of the name in the passage's tokens. */
  fromToken: number;
  toToken: number;
}

export interface ArticlePeople {
  people: ArticlePerson[];
  /** The passage tokens, computed once and shared with the other extractors. */
  tokens: Token[][];
}

/** A capitalised run that may be a person's name, with the evidence around it. */
interface Candidate {
  passageIndex: number;
  from: number;
  to: number;
  words: string[];
  role?: string;
  /** A title, an honorific, an apposition or a verb of saying marks it as a person. */
  marked: boolean;
}

const MAX_NAME_TOKENS = 4;
const PERSON_MARKERS_BEFORE = new Set(['according to', 'quoted', 'quoting', 'by']);

/**
 * The people an article names: a capitalised name is a person when a title, an honorific, an apposition
 * or a verb of saying marks it so; later mentions by surname or partial name are linked to the full name.
 */
export function extractPeople(passages: Passage[]): ArticlePeople {
  const tokens = passages.map((p) => tokenize(p.text));
  const candidates = passages.flatMap((p, i) => findCandidates(p.text, tokens[i]!, i));
  const people: ArticlePerson[] = [];
  const byKey = new Map<string, number>();
  const register = (words: string[]): number => {
    const key = nameKey(words);
    let index = byKey.get(key);
    if (index === undefined) {
      index = people.length;
      people.push({ name: words.join(' '), roles: [], mentions: [] });
      byKey.set(key, index);
    } else if (words.join(' ').length > people[index]!.name.length) {
      people[index]!.name = words.join(' ');
    }
    return index;
  };
  // Full names first, so that surnames and titles met before or after can be linked to them.
  for (const c of candidates) if (c.marked && c.words.length >= 2) register(c.words);
  for (const c of candidates) {
    if (!c.marked || c.words.length !== 1 || findPerson(people, c.words) !== undefined) continue;
    // "John McCain spoke. … Senator McCain said": the title marks the full name given earlier or later.
    const full = candidates.find((o) => o.words.length >= 2 && o.words[o.words.length - 1] === c.words[0]);
    if (full) register(full.words);
    else if (c.role !== undefined) register(c.words);
  }
  for (const c of candidates) {
    const index = findPerson(people, c.words);
    if (index === undefined) continue;
    const person = people[index]!;
    const passageTokens = tokens[c.passageIndex]!;
    person.mentions.push({
      person: index,
      passageIndex: c.passageIndex,
      start: passageTokens[c.from]!.start,
      end: passageTokens[c.to - 1]!.end,
      fromToken: c.from,
      toToken: c.to,
    });
    if (c.role && !person.roles.some((r) => sameRole(r.role, c.role!))) {
      person.roles.push({ role: c.role, passageIndex: c.passageIndex });
    }
  }
  for (const person of people) person.roles = withoutContainedRoles(person.roles);
  return { people: people.filter((p) => p.mentions.length > 0), tokens };
}

function findCandidates(text: string, tokens: Token[], passageIndex: number): Candidate[] {
  const candidates: Candidate[] = [];
  for (const raw of findNameRuns(tokens)) {
    const run = trimRunStart(tokens, raw);
    if (run.to <= run.from) continue;
    const split = splitTitleFromName(tokens, run.from, run.to);
    if (!split) continue;
    const { from, to } = split;
    const words = runText(text, tokens, from, to).split(' ');
    if (!isPlausibleName(words)) continue;
    const title = titleBefore(tokens, from);
    const apposition = run.possessive ? undefined : (appositionAfter(tokens, to) ?? roleAfterAs(tokens, to));
    const honorific =
      (from > 0 && isHonorific(tokens[from - 1]!.text.replace(/\.$/, ''))) ||
      (from > 1 && tokens[from - 1]!.text === '.' && isHonorific(tokens[from - 2]!.text));
    const span: RoleSpan | undefined = title ?? apposition;
    const role = span ? roleText(text, tokens, span) : undefined;
    const marked = role !== undefined || honorific || (words.length >= 2 && isSpeaker(tokens, from, to));
    candidates.push({ passageIndex, from, to, words, marked, ...(role ? { role } : {}) });
  }
  return candidates;
}

/**
 * The name part of a capitalised run: what follows the last title word ("Deputy Foreign Minister | Roman
 * Vassilenko"); after "Ambassador to", a run holds the place and then the name ("Kazakhstan | Kęstutis Jankauskas").
 */
function splitTitleFromName(
  tokens: Token[],
  from: number,
  to: number,
): { from: number; to: number } | undefined {
  let lastTitle = -1;
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.text.replace(/\.$/, '');
    if (isRoleHead(word) || isHonorific(word)) lastTitle = k;
  }
  if (lastTitle >= 0) {
    let start = lastTitle + 1;
    while (start < to && tokens[start]!.text === '.') start++;
    return start < to ? { from: start, to } : undefined;
  }
  if (followsTitleAndPreposition(tokens, from)) {
    // Only a run of three or more words holds both the place and a name.
    const length = to - from;
    if (length < 3) return undefined;
    const nameLength = length >= 4 && /^\p{Lu}\.$/u.test(tokens[to - 2]!.text) ? 3 : 2;
    return { from: to - nameLength, to };
  }
  return { from, to };
}

/** "Ambassador to | …", "President of the | …". */
function followsTitleAndPreposition(tokens: Token[], from: number): boolean {
  let k = from - 1;
  if (tokens[k]?.text.toLowerCase() === 'the') k--;
  const preposition = tokens[k]?.text.toLowerCase() ?? '';
  if (!['to', 'of', 'for', 'at'].includes(preposition)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const token = tokens[j]!;
    if (isRoleHead(token.text)) return true;
    if (!isCapitalised(token) && token.kind !== 'word') return false;
  }
  return false;
}

function isPlausibleName(words: string[]): boolean {
  if (words.length === 0 || words.length > MAX_NAME_TOKENS) return false;
  if (NEVER_NAMES.has(words[0]!.toLowerCase())) return false;
  return words.every((word) => {
    const bare = word.replace(/\.$/, '').toLowerCase();
    if (NON_PERSON_NAME_WORDS.has(bare)) return false;
    if (/^\p{Lu}\.$/u.test(word) || /^\p{Ll}+$/u.test(word)) return true; // initial or particle
    if (/^\p{Lu}{2,}$/u.test(word)) return false; // acronym: EU, UNDP
    return /^[\p{Lu}][\p{L}\p{M}'’-]*$/u.test(word);
  });
}

/** A verb of saying right after the name or before it, "according to" before it, or ", who" after it. */
function isSpeaker(tokens: Token[], from: number, to: number): boolean {
  let after = to;
  while (/^(also|then|later|further|again)$|ly$/.test(tokens[after]?.text ?? '') && after < to + 2) after++;
  if (SPEECH_VERBS.has(tokens[after]?.text.toLowerCase() ?? '')) return true;
  // "Daniel Akerson, who was appointed …": only people are "who".
  if (tokens[to]?.text === ',' && tokens[to + 1]?.text === 'who') return true;
  if (tokens[to]?.text === ':' && /^[“"]$/.test(tokens[to + 1]?.text ?? '')) return true;
  const previous = tokens[from - 1]?.text.toLowerCase() ?? '';
  if (SPEECH_VERBS.has(previous) && previous !== 'called') return true;
  const twoBefore = `${tokens[from - 2]?.text.toLowerCase() ?? ''} ${previous}`;
  return PERSON_MARKERS_BEFORE.has(twoBefore) || (PERSON_MARKERS_BEFORE.has(previous) && previous !== 'by');
}

function nameKey(words: string[]): string {
  const core = words.filter((w) => !/^\p{Lu}\.$/u.test(w) && !/^\p{Ll}+$/u.test(w));
  return core.length > 1
    ? `${core[0]} ${core[core.length - 1]}`.toLowerCase()
    : (core[0] ?? words[0]!).toLowerCase();
}

/** The person a name refers to: same first and last name, or a surname alone (the latest such person). */
function findPerson(people: ArticlePerson[], words: string[]): number | undefined {
  const key = nameKey(words);
  let found: number | undefined;
  people.forEach((person, index) => {
    const personWords = person.name.split(' ');
    const personKey = nameKey(personWords);
    if (personKey === key) found = index;
    else if (
      words.length === 1 &&
      personWords.length > 1 &&
      personWords[personWords.length - 1]!.toLowerCase() === key
    )
      found ??= index;
  });
  return found;
}

function sameRole(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** "Speaker" adds nothing beside "Mazhilis Speaker". */
function withoutContainedRoles(roles: ArticlePerson['roles']): ArticlePerson['roles'] {
  return roles.filter(
    (r) => !roles.some((other) => other !== r && other.role.toLowerCase().includes(r.role.toLowerCase())),
  );
}
