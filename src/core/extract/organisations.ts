import type { Token } from '../text/tokenize.js';
import { isPossessive } from '../text/tokenize.js';
import { ORGANISATION_WORDS, SPEECH_VERBS } from './lexicon.js';
import type { NameRun } from './nameRuns.js';
import { runText, trimRunStart } from './nameRuns.js';

/** An organisation named in a passage, as token indexes (end exclusive), with the name as written. */
export interface OrganisationMention {
  from: number;
  to: number;
  name: string;
  /** It opens its clause with a verb after it ("General Motors stated", "The UAW issued"): it can speak. */
  subject: boolean;
  /**
   * It speaks through a website ("as stated on the Apple website", "on Apple's website") or through people
   * named only as its staff ("explained Barclays Capital economists").
   */
  through?: true;
}

/** Staff an organisation speaks through: "explained Barclays Capital economists". */
const STAFF = `analysts economists strategists officials executives researchers scientists lawyers spokespeople`;
/** People named only as a group, who are no organisation: "Analysts said", "Residents said". */
const UNNAMED_GROUPS = new Set(
  `${STAFF} critics experts residents voters investors observers sources witnesses authorities police
  lawmakers doctors workers protesters campaigners staff employees managers teachers nurses parents locals
  fans neighbours neighbors`.split(/\s+/),
);
/** What an organisation speaks through: its website, or its staff. */
const SPEAKS_THROUGH = new Set(['website', 'site', 'homepage', 'blog', ...STAFF.split(/\s+/)]);

/** Acronyms of countries and of times of day, which are no organisations that speak. */
const NOT_ORGANISATIONS = new Set([
  'US',
  'UK',
  'USA',
  'UAE',
  'USSR',
  'PRC',
  'DPRK',
  'AM',
  'PM',
  'UTC',
  'GMT',
]);
/** "The premier of the German state of North Rhine-Westphalia remarked": an object of a preposition is not the subject. */
const PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'for', 'to', 'with', 'by', 'on', 'into', 'about']);
const CLAUSE_OPENERS = /^[,;:(“"—–]$/;

/**
 * The organisations a passage names: a capitalised run ending in a word such as Company, Motors, Associates
 * or Union, an acronym (UAW, GM), any capitalised name a verb of saying follows ("Boeing says") or that
 * speaks through its website or staff ("on the Airbus website", "Barclays economists"), that is not a
 * person's (`isPerson` tells).
 */
export function findOrganisations(
  text: string,
  tokens: Token[],
  runs: NameRun[],
  isPerson: (from: number, to: number) => boolean,
): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  for (const { from, to } of joinAmpersands(tokens, runs)) {
    if (to <= from || isPerson(from, to)) continue;
    // "ASTANA – …", "LONDON (Reuters) – …": a dateline names a place.
    if (from === 0 && /^(?:[–—-]|\()$/.test(tokens[to]?.text ?? '')) continue;
    // "Analysts said …", "Officials said …": people left unnamed, not an organisation.
    if (to - from === 1 && UNNAMED_GROUPS.has(tokens[from]!.text.toLowerCase())) continue;
    const last = tokens[to - 1]!.text;
    const acronym = to - from === 1 && /^\p{Lu}{2,6}$/u.test(last) && !NOT_ORGANISATIONS.has(last);
    // "The Northern Rail Union (NRU) said": the acronym it defines stands between the name and its verb;
    // "Lumensky, the smart-home software company, said": so does a description set off by commas.
    // Both may: "The Railway Incident Commission (RIC), which investigates accidents, said".
    const defines = tokens[to]?.text === '(' && tokens[to + 2]?.text === ')';
    const named = defines ? to + 3 : to;
    const described = tokens[named]?.text === ',' ? describedUntil(tokens, named) : -1;
    const next = tokens[described > 0 ? described + 1 : named];
    const speaks = next !== undefined && SPEECH_VERBS.has(next.text);
    const owner = defines || !next ? undefined : isPossessive(next) ? tokens[to + 1] : next;
    const through = owner !== undefined && SPEAKS_THROUGH.has(owner.text.toLowerCase());
    if (!acronym && !speaks && !through && !ORGANISATION_WORDS.has(last.toLowerCase())) continue;
    const opens = from === 0 || CLAUSE_OPENERS.test(tokens[from - 1]!.text) || isLeadingThe(tokens, from);
    const governed = PREPOSITIONS.has(tokens[from - 1]?.text.toLowerCase() ?? '');
    const subject = !governed && (speaks || (opens && next?.kind === 'word' && /^\p{Ll}/u.test(next.text)));
    found.push({ from, to, name: runText(text, tokens, from, to), subject, ...(through ? { through } : {}) });
  }
  return found;
}

/** How long a description set off by commas after an organisation's name may be. */
const DESCRIPTION_TOKENS = 16;

/**
 * The comma that closes "Lumensky, the smart-home software company …," when it opens with its article, or
 * "X, which investigates accidents," a clause about it; or -1.
 */
function describedUntil(tokens: Token[], comma: number): number {
  if (!/^(?:the|a|an|which|whose)$/i.test(tokens[comma + 1]?.text ?? '')) return -1;
  for (let k = comma + 2; k < tokens.length && k <= comma + DESCRIPTION_TOKENS; k++) {
    if (tokens[k]!.text === ',') return k;
    if (/^[.;:“”"]$/.test(tokens[k]!.text)) return -1;
  }
  return -1;
}

/** "The UAW" at the start of a sentence or clause. */
function isLeadingThe(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1]!;
  return /^the$/i.test(before.text) && (from === 1 || CLAUSE_OPENERS.test(tokens[from - 2]!.text));
}

/** Plurals without an s, whose possessive is "'s": "Fishermen's", "Women's", "People's", "Children's". */
const IRREGULAR_PLURAL = /(?:men|people|children)$/i;

/** Words that open sentences but also names of organisations: "The New York Times", "First National Bank". */
const NAME_OPENERS = new Set(['new', 'first', 'second', 'third', 'old', 'one']);

/** A run without the words that open its sentence ("The", "In"), but with those that open a name ("New"). */
function trimOrganisationStart(tokens: Token[], run: NameRun): NameRun {
  const trimmed = trimRunStart(tokens, run);
  let from = trimmed.from;
  while (from > run.from && NAME_OPENERS.has(tokens[from - 1]!.text.toLowerCase())) from--;
  return { ...trimmed, from };
}

/**
 * Capitalised runs, with "Burkhardt & Associates", "Procter & Gamble", "Ministry of Foreign Affairs" and
 * "Dairy Farmers' Association" kept whole.
 */
function joinAmpersands(tokens: Token[], runs: NameRun[]): { from: number; to: number }[] {
  const joined: { from: number; to: number }[] = [];
  for (const raw of runs) {
    const run = trimOrganisationStart(tokens, raw);
    const previous = joined[joined.length - 1];
    const between = previous && previous.to + 1 === run.from ? tokens[previous.to]!.text : '';
    // "Ministry of Foreign Affairs", "Bank of Portland": an organisation's word, then what it is of.
    const of =
      (between === 'of' || between === 'for') &&
      ORGANISATION_WORDS.has(tokens[previous!.to - 1]!.text.toLowerCase());
    // "the Dairy Farmers' Association", "the Fishermen's Federation": a plural's possessive, then the
    // organisation's word.
    const plural =
      /^['’]$/.test(between) ||
      (/^['’]s$/.test(between) && IRREGULAR_PLURAL.test(tokens[previous!.to - 1]!.text));
    const members = plural && ORGANISATION_WORDS.has(tokens[run.to - 1]!.text.toLowerCase());
    if (between === '&' || of || members) previous!.to = run.to;
    else joined.push({ from: run.from, to: run.to });
  }
  return joined;
}
