import type { Token } from '../text/tokenize.js';
import type { RoleTime } from './roleTime.js';
import { isCapitalised, isPossessive } from '../text/tokenize.js';
import {
  ABBREVIATED_ROLES,
  ORGANISATION_NOUNS,
  COMPANY_ABBREVIATIONS,
  HONORIFICS,
  NEVER_NAMES,
  NON_PERSON_NAME_WORDS,
  RELATIONS,
  REPRESENTATIVES,
  ROLE_HEADS,
  TIME_WORDS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
} from './lexicon.js';

/** A role found next to a name, as token indexes (end exclusive) into the passage. */
export interface RoleSpan {
  from: number;
  to: number;
  /** When the words around the role say it is not held now: "X, who was minister", "replaced X as chief". */
  time?: RoleTime;
  /** "The firm's founders, A and B": a plural head, each person's in the singular. */
  plural?: true;
}

const CONNECTORS = new Set(['of', 'to', 'for', 'at', 'and', '&', 'the', 'on', 'in']);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'its', 'his', 'her', 'their', 'our']);
const APPOSITION_END = new Set([',', '.', ';', ':', ')', '(', '–', '—', '!', '?']);
const MAX_ROLE_TOKENS = 12;

/** "Minister", "co-founder", "CEO", plural "Senators" alike. */
export function isRoleHead(word: string): boolean {
  let known = ROLE_HEAD_WORDS.get(word);
  if (known === undefined) {
    known = roleHead(word);
    // Bounded: a corpus has many words, but the same few thousand come back sentence after sentence.
    if (ROLE_HEAD_WORDS.size >= 50_000) ROLE_HEAD_WORDS.clear();
    ROLE_HEAD_WORDS.set(word, known);
  }
  return known;
}

const ROLE_HEAD_WORDS = new Map<string, boolean>();

function roleHead(word: string): boolean {
  // "co-leader", "vice-chairman", "ex-president" are heads as their last part is.
  const lower = word
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^(?:co|vice|ex|then|deputy|acting|under)-(?=\p{L}{3})/u, '')
    .replace(/-(?:elect|designate)$/, '');
  if (ROLE_HEADS.has(lower) || lower in ABBREVIATED_ROLES) return true;
  if (lower.length > 3 && lower.endsWith('s') && ROLE_HEADS.has(lower.slice(0, -1))) return true;
  // "biochemist", "schoolteacher", "neuroscientist": a head of six letters or more after a word of three.
  for (let at = 3; at <= lower.length - 6; at++) if (ROLE_HEADS.has(lower.slice(at))) return true;
  return false;
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase());
}

function isRoleWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const lower = token.text.toLowerCase();
  // "then-Defence Minister", "ex-Chancellor": a word of time joined to the title.
  const joined = /^(?:then|ex|former)-(\p{L}.*)$/iu.exec(token.text)?.[1];
  if (joined) return isRoleWord({ ...token, text: joined });
  return isRoleHead(lower) || ROLE_MODIFIERS.has(lower) || isPossessive(token) || isCapitalised(token);
}

/**
 * The title written before a name ("Deputy Foreign Minister", "EU Ambassador to Kazakhstan",
 * "Apple Computer CEO and co-founder", "the co-founder of Apple Inc."), or set off by a comma before a name
 * that is itself set off ("Ryanair CEO, Michael O'Leary, said", "said the firm's chief executive, Alan Mulally.").
 */
export function titleBefore(tokens: Token[], nameFrom: number, nameTo = nameFrom + 1): RoleSpan | undefined {
  let end = nameFrom;
  // "the Prime Minister of Singapore, Mr. Lee Hsien Loong": the honorific stands between title and name.
  if (tokens[end - 1]?.text === '.' && isHonorific(tokens[end - 2]?.text ?? '')) end -= 2;
  else if (isHonorific(tokens[end - 1]?.text ?? '') && isCapitalised(tokens[end - 1])) end--;
  let commaForm = false;
  // "Prof. Anton Weiss": the period is the abbreviation's.
  if (tokens[end - 1]?.text === '.' && (tokens[end - 2]?.text.toLowerCase() ?? '') in ABBREVIATED_ROLES) {
    end--;
    // "The NMA's director general, Prof. Halina Voss": the title set off before the abbreviation says more.
    if (tokens[end - 2]?.text === ',') {
      const before = titleBefore(tokens, end - 1, nameTo);
      if (before) return before;
    }
  }
  if (tokens[end - 1]?.text === ',') {
    end--;
    commaForm = true;
    // "the chief prosecutor of the National Anti-Corruption Office (NACO), Dana Hollis": the acronym the
    // article gives the organisation is no part of the title.
    if (
      tokens[end - 1]?.text === ')' &&
      tokens[end - 3]?.text === '(' &&
      /^\p{Lu}{2,}$/u.test(tokens[end - 2]!.text)
    )
      end -= 3;
  }
  // "harbour master Ingrid Solberg": a lower-case noun of what someone does is a title before a full name
  // ("auto maker Fiat" is a company's).
  const personAfter = !commaForm && nameTo - nameFrom >= 2;
  // "The vice president and general counsel of the company, Mark Chandler": a comma-set title may end in
  // its head's object, whatever its words.
  let from = commaForm ? (objectBefore(tokens, end) ?? end) : end;
  while (from > 0 && end - from < MAX_ROLE_TOKENS) {
    const token = tokens[from - 1]!;
    const lower = token.text.toLowerCase();
    // "CEO and co-founder", but not "President Ron Gettelfinger and Vice President": "and" joins roles only.
    if (lower === 'and' && !isRoleQualifier(tokens[from - 2])) break;
    if (
      isRoleWord(token) ||
      CONNECTORS.has(lower) ||
      (from === end && (commaForm ? isSetOffAgentNoun(tokens, from - 1) : isAgentNoun(tokens, from - 1)))
    )
      from--;
    else if (token.text === '.' && isAbbreviationBefore(tokens[from - 2])) from--;
    else if (!commaForm && isCompoundNoun(tokens, from - 1, end)) from--;
    else break;
  }
  from = trimRoleStart(tokens, from, end);
  if (!commaForm) from = ownTitleAfterServing(tokens, from, end);
  from = afterRemovingVerb(tokens, from, end);
  if (from >= end) return undefined;
  if (commaForm) from = withQualifiers(tokens, from);
  // "In round six the chief arbiter, Pia Lindgren, forfeited …": a name set off on both sides is in apposition
  // to the title before it, whatever stands before the title.
  const opener = tokens[from - 1];
  // "met Brightwell's finance director, Isabelle Roux, on Monday": or whose title it is opens it.
  const setOff =
    tokens[nameTo]?.text === ',' &&
    (isPossessive(opener) ||
      DETERMINERS.has(opener?.text.toLowerCase() ?? '') ||
      isPossessive(tokens[from + 1]));
  if (commaForm && !((opensTitle(tokens, from) || setOff) && closesName(tokens, nameTo))) return undefined;
  // "In a statement read by his solicitor, Mr Haworth said": a phrase opened by a preposition and closed by
  // the comma opens the sentence, and the name after it is the subject of the verb that follows.
  if (commaForm && followsPreposition(tokens, from) && !/^[,.;:)!?]$/.test(tokens[nameTo]?.text ?? ''))
    return undefined;
  // "His predecessor as mayor, Frank Mallory", "Her successor as artistic director, Omar Qureshi".
  const relation = tokens[from - 1]?.text === 'as' ? SUCCESSION[tokens[from - 2]?.text ?? ''] : undefined;
  // "general secretary of the British union Unite": a common noun with its article right before a name is
  // what the name names, not part of a title ("head of finance Daniel Ammann" is a title).
  const last = tokens[end - 1]!;
  const article = tokens.slice(from, end).some((t) => /^(the|a|an)$/.test(t.text));
  const agent = commaForm ? isSetOffAgentNoun(tokens, end - 1) : personAfter && isAgentNoun(tokens, end - 1);
  if (!commaForm && article && /^\p{Ll}/u.test(last.text) && !isRoleHead(last.text) && !agent)
    return undefined;
  if (!isWellFormedRole(tokens, from, end) && !agent) return undefined;
  return relation ? { from, to: end, time: relation } : { from, to: end };
}

/**
 * "a spokesman for Mayor Tom Hill", "an aide to Sen. Rita Moss": a role that serves another ends at its "for"
 * or "to", and the capitalised title after it is the name's own. Where the name's own title starts, else `from`.
 */
function ownTitleAfterServing(tokens: Token[], from: number, end: number): number {
  for (let k = end - 1; k > from; k--) {
    const token = tokens[k]!;
    if (/^(?:to|for)$/.test(token.text)) {
      const own = tokens.slice(k + 1, end).filter((t) => t.text !== '.');
      const serving = tokens.slice(from, k).some((t) => /^\p{Ll}/u.test(t.text) && isRoleHead(t.text));
      return serving && own.length > 0 && own.some((t) => isRoleHead(t.text)) ? k + 1 : from;
    }
    if (!isCapitalised(token) && token.text !== '.') return from;
  }
  return from;
}

/** Words of time that are also verbs of taking a post away: "the sacked coach", "Rovers sacked coach X". */
const REMOVING = /^(?:sacked|ousted|deposed)$/;

/**
 * "Severnside Rovers sacked head coach Tom Reid", "The board ousted chairman X": a word of removal after a
 * subject (no determiner or possessive before it) is its verb; the name's title starts there and was held.
 */
function afterRemovingVerb(tokens: Token[], from: number, end: number): number {
  for (let k = end - 2; k > from; k--) {
    const before = tokens[k - 1]!;
    if (
      REMOVING.test(tokens[k]!.text) &&
      !isPossessive(before) &&
      !DETERMINERS.has(before.text.toLowerCase())
    )
      return k;
  }
  return from;
}

const MAX_PAIRED_NAME_TOKENS = 4;

/**
 * "The firm's founders, Camila Ruiz and Tomás Paz, met …": a plural title set off before two names joined by
 * "and" is each one's.
 */
export function sharedTitleBefore(tokens: Token[], nameFrom: number, nameTo: number): RoleSpan | undefined {
  let first = nameFrom;
  let last = nameTo;
  if (tokens[nameTo]?.text === 'and') {
    last = nameTo + 1;
    while (last - nameTo - 1 < MAX_PAIRED_NAME_TOKENS && isCapitalised(tokens[last])) last++;
    if (last === nameTo + 1) return undefined;
  } else if (tokens[nameFrom - 1]?.text === 'and') {
    first = nameFrom - 1;
    while (nameFrom - 1 - first < MAX_PAIRED_NAME_TOKENS && isCapitalised(tokens[first - 1])) first--;
    if (first === nameFrom - 1) return undefined;
  } else return undefined;
  if (tokens[first - 1]?.text !== ',') return undefined;
  const title = titleBefore(tokens, first, last);
  const head = tokens[(title?.to ?? 0) - 1]?.text ?? '';
  if (!title || !/\p{Ll}s$/u.test(head) || !isRoleHead(head)) return undefined;
  // "Its two directors": the count is of the pair, not of the role.
  const from = /^(?:two|both)$/i.test(tokens[title.from]!.text) ? title.from + 1 : title.from;
  return { ...title, from, plural: true };
}

/**
 * "committee chairman Cllr Derek Moss", "head of surgery Prof. Anna Lind": a title that ends in an abbreviated
 * form of address holds a post and the address, apart.
 */
export function addressAfterTitle(
  tokens: Token[],
  title: RoleSpan,
): { post: RoleSpan; address: RoleSpan } | undefined {
  const last = title.to - 1;
  if (last <= title.from || !isCapitalised(tokens[last])) return undefined;
  if (!(tokens[last]!.text.toLowerCase() in ABBREVIATED_ROLES)) return undefined;
  // "Det Insp Jane Moss": abbreviations alone are one title; "the Rt Rev Peter Dunmore", "the Very Rev":
  // words of style with no head are no post.
  const post = tokens.slice(title.from, last);
  if (post.every((t) => t.text === '.' || t.text.toLowerCase() in ABBREVIATED_ROLES)) return undefined;
  if (!post.some((t) => isRoleHead(t.text))) return undefined;
  return { post: { ...title, to: last }, address: { from: last, to: title.to } };
}

/** Who holds a role before or after the person named: "her successor as chief executive, X". */
const SUCCESSION: Record<string, RoleTime> = { predecessor: 'former', successor: 'future' };

// "harbour master", "firefighter", "novelist", "historian", "chairwoman": nouns of what a person does.
const AGENT_ENDING = /^\p{Ll}[\p{Ll}-]{2,}(?:er|or|ist|ian|man|woman|eer|ster)$/u;
/**
 * Words with those endings that are no one's occupation: other words ("whether", "senior"), verbs that may
 * stand before a name ("remember", "consider"), relations ("grandmother", "partner"), and what names a
 * company ("drugmaker", "retailer", "airline operator": `ORGANISATION_NOUNS` and any "-maker").
 */
const NOT_AGENTS = new Set(
  `after under other never whether however rather together later earlier former latter either neither
  another further whatever senior junior major minor customer consumer member mother father brother sister
  daughter grandmother grandfather partner order number center water paper letter matter winter summer
  power corner border error tower quarter chapter cancer weather remember consider deliver offer enter
  gather wonder discover answer suffer cover bother prefer transfer register render tender alter monitor
  mirror sponsor retailer lender insurer producer supplier operator provider developer publisher
  broadcaster distributor exporter importer builder brewer miner refiner shipper`.split(/\s+/),
);
/** Before a lower-case agent noun there stands what cannot take a verb's object: its name follows. */
const AGENT_CONTEXT = new Set([
  ',',
  ':',
  ';',
  '(',
  'by',
  'with',
  'and',
  'said',
  'says',
  'of',
  'from',
  'including',
]);

/**
 * A lower-case noun of what a person does, right before their name ("harbour master Ingrid Solberg"), where
 * it cannot be a verb (a verb takes a name as its object: "to honour Ingrid Solberg" is no title).
 */
function isAgentNoun(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (!token || !AGENT_ENDING.test(token.text) || NOT_AGENTS.has(token.text)) return false;
  if (token.text.endsWith('maker') || ORGANISATION_NOUNS.has(token.text)) return false;
  const before = tokens[at - 1];
  return (
    !before ||
    isCapitalised(before) ||
    ROLE_MODIFIERS.has(before.text.toLowerCase()) ||
    AGENT_CONTEXT.has(before.text.toLowerCase())
  );
}

/**
 * "The helicopter's winchman, Ewan Blair,": a noun of what someone does set off before their name, behind a
 * possessive or a determiner; "-man" and "-woman" only, as a comma-set "the letter, …" or "the murder, …"
 * is no one's occupation.
 */
function isSetOffAgentNoun(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  return (
    /(?:man|woman)$/.test(tokens[at]!.text) &&
    AGENT_ENDING.test(tokens[at]!.text) &&
    !NOT_AGENTS.has(tokens[at]!.text) &&
    (isPossessive(before) || DETERMINERS.has(before?.text.toLowerCase() ?? ''))
  );
}

/**
 * "the sports writer", "Delmont County emergency management director": a lower-case noun or two before a
 * title's head make one title with it, when a comma, a determiner, a possessive or the end of a place's or
 * organisation's name stands before them ("Vassilenko highlighted President Tokayev": a verb is no noun).
 */
function isCompoundNoun(tokens: Token[], at: number, end: number): boolean {
  if (end - at > MAX_COMPOUND + 1 || !isRoleHead(tokens[end - 1]!.text)) return false;
  const start = lowerCaseWordsBefore(tokens, at + 1, MAX_COMPOUND);
  const before = tokens[start - 1];
  // "The club replaced coach Tom Reid", "…, succeeding Prof. X": a verb is no noun of a compound.
  const pastVerb = tokens.slice(start, at + 1).some((t) => /^\p{Ll}{2,}(?:ed|ing)$/u.test(t.text));
  return (
    start <= at &&
    !pastVerb &&
    // "the rebels, led by Cllr X": nor is a preposition.
    !NEVER_NAMES.has(tokens[at]!.text) &&
    before !== undefined &&
    // "…, tournament director Jürgen Albers said": or a comma, as where a name starts a clause.
    (before.text === ',' ||
      isPossessive(before) ||
      DETERMINERS.has(before.text.toLowerCase()) ||
      // "Former county commissioner Bill Hargrove": a word of time qualifies the whole title.
      TIME_MODIFIERS.test(before.text) ||
      (isCapitalised(before) && NON_PERSON_NAME_WORDS.has(before.text.toLowerCase())) ||
      namedFieldBefore(tokens, start))
  );
}

/**
 * "Highways cabinet member Cllr X said", "said Green group leader Cllr X": one capitalised word where a noun
 * phrase opens (the sentence's start, after a verb of saying or a comma) names the field of the nouns after it,
 * which are no verb in the present ("Jones praises health minister X").
 */
function namedFieldBefore(tokens: Token[], start: number): boolean {
  const opener = tokens[start - 2];
  return (
    isCapitalised(tokens[start - 1]) &&
    (!opener || opener.text === ',' || SPEECH_VERBS.has(opener.text)) &&
    tokens[start]!.kind === 'word' &&
    !/s$/.test(tokens[start]!.text)
  );
}

const TIME_MODIFIERS =
  /^(?:former|ex|then|one-?time|erstwhile|late|retired|previous|deposed|ousted|sacked|incoming|next|acting|interim|outgoing)$/i;

const MAX_COMPOUND = 2;

/** How long the object of a comma-set title's head may be: "of the company", "for Central Asia". */
const MAX_OBJECT_TOKENS = 6;

/** Where the object of a title's head starts, when the words before `end` are one ("of the company"). */
function objectBefore(tokens: Token[], end: number): number | undefined {
  for (let k = end - 1; k >= Math.max(1, end - MAX_OBJECT_TOKENS); k--) {
    const token = tokens[k]!;
    if (token.kind === 'punct') return undefined;
    // "a nurse in Dunmore", not "a nurse in 2019": a time is when, not where.
    const when =
      token.text === 'in' &&
      (tokens[k + 1]!.kind === 'number' || TIME_WORDS.has(tokens[k + 1]!.text.toLowerCase()));
    if (OBJECT_CONNECTORS.has(token.text) && isRoleHead(tokens[k - 1]!.text) && k < end - 1 && !when)
      return k;
  }
  return undefined;
}

/**
 * "the city's mobility alderman, Pieter Van Damme", "her successor as artistic director, Omar Qureshi":
 * lower-case words that qualify a comma-set title behind its possessive, determiner or "as" belong to it
 * (two at most); anything else before the title is left out.
 */
function withQualifiers(tokens: Token[], from: number): number {
  // "The board appointed Acme's finance director, …": a title opened by its owner's name has no qualifier
  // before it.
  let owner = from;
  while (isCapitalised(tokens[owner])) owner++;
  if (owner > from && isPossessive(tokens[owner])) return from;
  let k = lowerCaseWordsBefore(tokens, from, 2);
  // "the county's police and crime commissioner": two qualifiers joined by "and".
  if (tokens[k - 1]?.text === 'and') {
    const joined = lowerCaseWordsBefore(tokens, k - 1, 1);
    if (joined < k - 1) k = joined;
  }
  // "The UK fisheries minister": a place's or body's name before the qualifiers belongs to the title too.
  const opens = (at: number) => {
    const before = tokens[at - 1];
    return isPossessive(before) || DETERMINERS.has(before?.text.toLowerCase() ?? '') || before?.text === 'as';
  };
  let named = k;
  while (k < from && k - named < MAX_NAMED_QUALIFIER && !opens(named) && isCapitalised(tokens[named - 1]))
    named--;
  if (named < k && opens(named)) return named;
  return k < from && opens(k) ? k : from;
}

/** How many capitalised words may name the place or body of a comma-set title: "the EU farm commissioner". */
const MAX_NAMED_QUALIFIER = 2;

/** Where the lower-case words (no connectors) right before `end` start, `max` of them at most. */
function lowerCaseWordsBefore(tokens: Token[], end: number, max: number): number {
  let k = end;
  while (
    end - k < max &&
    /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[k - 1]?.text ?? '') &&
    !CONNECTORS.has(tokens[k - 1]!.text) &&
    tokens[k - 1]!.text !== 'as'
  )
    k--;
  return k;
}

/** A role head or a word that qualifies one, which "and" may follow inside a title. */
export function isRoleQualifier(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  return isRoleHead(token.text) || ROLE_MODIFIERS.has(token.text.toLowerCase());
}

/** "Sen." and "Apple Inc.": a period that belongs to the title. */
function isAbbreviationBefore(token: Token | undefined): boolean {
  if (!isCapitalised(token)) return false;
  const lower = token!.text.toLowerCase();
  return lower in ABBREVIATED_ROLES || COMPANY_ABBREVIATIONS.has(lower);
}

const TITLE_OPENERS = new Set(['of', 'by', 'from', 'with', 'for', 'to', 'as']);

/**
 * A title set off by a comma stands where a noun phrase starts: at the start of the sentence, after a verb
 * of saying or a preposition, behind its determiner or possessive ("the firm's"); not after another verb
 * ("After meeting the prime minister, Merkel said" is no title of Merkel's).
 */
function opensTitle(tokens: Token[], from: number): boolean {
  let k = from - 1;
  if (isPossessive(tokens[k])) k -= 2;
  if (DETERMINERS.has(tokens[k]?.text.toLowerCase() ?? '')) k--;
  const before = tokens[k];
  if (!before) return true;
  const lower = before.text.toLowerCase();
  // A quotation, a dash, a colon or a comma ends what came before: "“…,” Kelpwise's chief executive, Lena …".
  return /^[–—:;.!?“”‘’"(,]$/.test(before.text) || SPEECH_VERBS.has(lower) || TITLE_OPENERS.has(lower);
}

/** Whether a title stands right after a preposition, behind its determiner or possessive ("by his solicitor"). */
function followsPreposition(tokens: Token[], from: number): boolean {
  let k = from - 1;
  if (isPossessive(tokens[k])) k -= 2;
  if (DETERMINERS.has(tokens[k]?.text.toLowerCase() ?? '')) k--;
  const before = tokens[k]?.text.toLowerCase() ?? '';
  return TITLE_OPENERS.has(before) && before !== 'as';
}

/** The name after a comma-set title is set off in turn: a comma, the sentence's end or its verb of saying follows. */
function closesName(tokens: Token[], nameTo: number): boolean {
  const next = tokens[nameTo];
  return (
    !next ||
    /^[,.;:)!?]$/.test(next.text) ||
    SPEECH_VERBS.has(next.text.toLowerCase()) ||
    next.text === 'who' ||
    (next.text === 'of' && whereFromIsSetOff(tokens, nameTo + 1))
  );
}

/** How long "of the Santiago brokerage Valores Andinos" after a name may be. */
const MAX_WHERE_FROM_TOKENS = 8;

/**
 * "A mining analyst, Felipe Arancibia of the brokerage Valores Andinos, said": where the person is from, after
 * their name, is set off with it up to a comma, with no verb of saying in it.
 */
function whereFromIsSetOff(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + MAX_WHERE_FROM_TOKENS); k++) {
    const token = tokens[k]!;
    if (token.text === ',') return k > from;
    if (token.kind === 'punct' || SPEECH_VERBS.has(token.text) || CLAUSE_WORDS.has(token.text)) return false;
  }
  return false;
}

/**
 * The role written in apposition after a name: "Daniya Yespayeva, the vice speaker of the Mazhilis, …",
 * "X, a spokesman for Y", "X, 56, chairman of Y", "X, who is the chairman of Y".
 */
export function appositionAfter(tokens: Token[], nameTo: number): RoleSpan | undefined {
  let i = nameTo;
  // "Peter Boockvar an equity strategist for Miller Tabak": a name takes "a" or "an" only in apposition.
  if (/^(a|an)$/.test(tokens[i]?.text ?? '')) return roleSpanFrom(tokens, i);
  // "William Clay Ford Jr., executive chairman of Ford Motor Co."
  if (tokens[i]?.text === '.' && /^(Jr|Sr)$/.test(tokens[i - 1]?.text ?? '')) i++;
  if (tokens[i]?.text !== ',') return undefined;
  i++;
  if (tokens[i]?.kind === 'number' && tokens[i + 1]?.text === ',') i += 2; // age
  // "Nadia Ferris, prosecuting, told the jury": counsel's side in a court report is their role there.
  if (COUNSEL_SIDE.test(tokens[i]?.text ?? '') && tokens[i + 1]?.text === ',') return { from: i, to: i + 1 };
  // "Omar Qureshi, currently associate director at the Tannery Theatre"; "Sofia Brandt, previously finance
  // director of the retailer Kestrel Outdoor" no longer is.
  // "Fr Declan Moriarty, then parish priest of Mahon," was so when the sentence's events took place.
  const adverb = /^(?:currently|now|previously|formerly|once|then)$/.exec(tokens[i]?.text ?? '')?.[0];
  if (adverb) i++;
  // "X, until recently chief executive of Ikon,": no longer.
  const untilRecently = tokens[i]?.text === 'until' && tokens[i + 1]?.text === 'recently';
  if (untilRecently) i += 2;
  let time: RoleTime | undefined =
    untilRecently || (adverb && /^(?:previously|formerly|once|then)$/.test(adverb)) ? 'former' : undefined;
  if (tokens[i]?.text.toLowerCase() === 'who' && /^(is|was|has|had)$/.test(tokens[i + 1]?.text ?? '')) {
    // "X, who was finance minister", "X, who had been chairman": no longer.
    if (/^(was|had)$/.test(tokens[i + 1]!.text)) time = 'former';
    i += 2;
    if (tokens[i]?.text === 'been') i++;
    // "who is also deputy prime minister", "who is currently …".
    if (HELD_NOW.test(tokens[i]?.text ?? '')) i++;
  }
  i = afterRelation(tokens, i);
  // A role held before may have been held for a time ("who was chief executive between 2005 and 2012").
  const span = roleSpanFrom(tokens, i, time === 'former');
  // "X, the mayor at the time,": held when the events told took place; "X, the mayor who resigned last week,",
  // "X, mayor when the bridge was built,".
  if (span && (atTheTime(tokens, span.to) || leftBy(tokens, span.to) || whenPast(tokens, span.to)))
    time = 'former';
  return span && time ? { ...span, time } : span;
}

/**
 * "Elena Verrini, the founder's daughter and honorary president of the company,": a relation by family joined
 * to a role describes the person, and the role after the "and" is theirs. Where the role starts, else `at`.
 */
function afterRelation(tokens: Token[], at: number): number {
  let k = at;
  if (DETERMINERS.has(tokens[k]?.text.toLowerCase() ?? '')) k++;
  if (tokens[k]?.kind === 'word' && /^['’]s$/.test(tokens[k + 1]?.text ?? '')) k += 2;
  return RELATIONS.has(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'and' ? k + 2 : at;
}

/** The side counsel speak for in a court report: "prosecuting", "defending". */
const COUNSEL_SIDE = /^(?:prosecuting|defending)$/i;

/** How many words may name whom counsel act for: "Prosecuting for the Health and Safety Executive". */
const MAX_CLIENT_TOKENS = 8;

/**
 * "Prosecuting, Jenny Platt said …", "Prosecuting for Bristol City Council, Owen Brady said …": counsel's
 * side, and whom they act for, opening the sentence, set off before the name.
 */
export function counselSideBefore(tokens: Token[], nameFrom: number): RoleSpan | undefined {
  if (tokens[nameFrom - 1]?.text !== ',' || !COUNSEL_SIDE.test(tokens[0]?.text ?? '')) return undefined;
  const client = tokens.slice(2, nameFrom - 1);
  const forClient =
    tokens[1]?.text === 'for' &&
    client.length > 0 &&
    client.length <= MAX_CLIENT_TOKENS &&
    client.every((t) => t.kind === 'word' && (isCapitalised(t) || CONNECTORS.has(t.text)));
  return nameFrom === 2 || forClient ? { from: 0, to: nameFrom - 1 } : undefined;
}

/**
 * Where the person comes from, after their role: "a GP from Stirling"; not "the senator from Oregon", whom
 * Oregon elected.
 */
function fromPlaceAt(tokens: Token[], at: number, head: string): boolean {
  return (
    tokens[at]?.text === 'from' && isCapitalised(tokens[at + 1]) && head !== '' && !REPRESENTATIVES.has(head)
  );
}

/** States a person is in, which are no object of their role: "the former minister on trial for …". */
const STATES = new Set(['trial', 'bail', 'leave', 'remand', 'probation', 'strike']);

/** "on trial", "on bail", "on leave" at `at`. */
function inStateAt(tokens: Token[], at: number): boolean {
  return tokens[at]?.text === 'on' && STATES.has(tokens[at + 1]?.text ?? '');
}

/** "when the bridge was built", "when the plant closed" at `at`: a time told in the past. */
function whenPast(tokens: Token[], at: number): boolean {
  if (tokens[at]?.text !== 'when') return false;
  const clause = tokens.slice(at + 1, at + 1 + MAX_WHEN_TOKENS);
  const end = clause.findIndex((t) => t.kind === 'punct');
  return clause
    .slice(0, end < 0 ? clause.length : end)
    .some((t) => /^(?:was|were|had|did)$/.test(t.text) || /^\p{Ll}{3,}ed$/u.test(t.text));
}

/** How far a "when" clause after a role is read for its verb. */
const MAX_WHEN_TOKENS = 6;

/** "at the time" (or "at that time") at `at`. */
function atTheTime(tokens: Token[], at: number): boolean {
  return (
    tokens[at]?.text === 'at' &&
    /^(?:the|that)$/.test(tokens[at + 1]?.text ?? '') &&
    tokens[at + 2]?.text === 'time'
  );
}

/** "at the end of the season", "at the start of next year" at `at`: when, not where. */
function atTheEdgeOf(tokens: Token[], at: number): boolean {
  return (
    tokens[at]?.text === 'at' &&
    tokens[at + 1]?.text === 'the' &&
    /^(?:end|start|beginning|close|turn)$/.test(tokens[at + 2]?.text ?? '') &&
    tokens[at + 3]?.text === 'of'
  );
}

/** Adverbs that say a role is held now, besides others: "who is also …", "currently …", "who now runs …". */
const HELD_NOW = /^(?:also|currently|now|still)$/;

/**
 * Whether the apposition after a name says its role is held besides any title before the name: "X, who is
 * also deputy prime minister,", "X, currently chairman of …".
 */
export function appositionHeldToo(tokens: Token[], nameTo: number): boolean {
  if (tokens[nameTo]?.text !== ',') return false;
  const k = tokens[nameTo + 1]?.text === 'who' && tokens[nameTo + 2]?.text === 'is' ? nameTo + 3 : nameTo + 1;
  return HELD_NOW.test(tokens[k]?.text ?? '');
}

/**
 * "named Mary Barra as its new chief executive", "named Anna Holm its chief executive"; "replaced Tomas
 * Reid as chief executive", "ousted X as chairman" say the role was theirs.
 */
export function roleAfterAs(tokens: Token[], nameTo: number, nameFrom: number): RoleSpan | undefined {
  // "has joined Kestrel Foods as finance director": what is joined is an organisation; the role is the subject's.
  if (JOINING.test(tokens[nameFrom - 1]?.text ?? '')) return undefined;
  if (tokens[nameTo]?.text === 'as') {
    // "replaced Clara Voss as chief executive in May": the role ends where its words do.
    const span = roleSpanFrom(tokens, nameTo + 1, true);
    return span && REMOVED.has(tokens[nameFrom - 1]?.text ?? '') ? { ...span, time: 'former' } : span;
  }
  // "succeeded her father, Brendan, as chief executive": the name set off after a relation by family.
  const relation = tokens[nameFrom - 1]?.text === ',' && RELATIONS.has(tokens[nameFrom - 2]?.text ?? '');
  if (relation && tokens[nameTo]?.text === ',' && tokens[nameTo + 1]?.text === 'as') {
    const verb = tokens[nameFrom - (/^(?:his|her|their)$/.test(tokens[nameFrom - 3]?.text ?? '') ? 4 : 3)];
    const span = roleSpanFrom(tokens, nameTo + 2, true);
    return span && REMOVED.has(verb?.text ?? '') ? { ...span, time: 'former' } : undefined;
  }
  // "appointed its finance director, Isabelle Roux, as interim chief executive": the name set off after
  // the title of the one appointed.
  if (tokens[nameTo]?.text === ',' && tokens[nameTo + 1]?.text === 'as' && appointsBefore(tokens, nameFrom))
    return roleSpanFrom(tokens, nameTo + 2, true);
  const appointedBefore = APPOINTED.has(tokens[nameFrom - 1]?.text ?? '');
  if (appointedBefore && /^(?:its|their|the)$/.test(tokens[nameTo]?.text ?? ''))
    return roleSpanFrom(tokens, nameTo, true);
  // A headline's passive: "Mary Barra appointed as General Motors chief".
  const passive = APPOINTED.has(tokens[nameTo]?.text ?? '') && tokens[nameTo + 1]?.text === 'as';
  return passive ? roleSpanFrom(tokens, nameTo + 2) : undefined;
}

const JOINING = /^(?:join|joins|joined|joining|rejoin|rejoins|rejoined)$/;

/** Verbs that give a person a role: "named X its chief executive", "X appointed as chief". */
const APPOINTED = new Set(['appointed', 'named', 'elected', 'chosen', 'confirmed', 'installed', 'picked']);
/** …and that announce one given: "announced head of finance Daniel Ammann as its new president". */
const APPOINTING = new Set([
  ...APPOINTED,
  'announced',
  'hired',
  'promoted',
  'nominated',
  'tapped',
  'selected',
]);

/** Nouns of giving a person a role: "announced the appointment of Léa Fournier as its creative director". */
const APPOINTMENTS = new Set(['appointment', 'nomination', 'election', 'selection', 'promotion']);

/**
 * Whether the word before `at`, or before its determiner, gives a person a role ("named", "named its",
 * "announced", "the appointment of").
 */
export function appointsBefore(tokens: Token[], at: number): boolean {
  const object = DETERMINERS.has(tokens[at - 1]?.text.toLowerCase() ?? '') ? at - 1 : at;
  const before = tokens[object - 1]?.text ?? '';
  return APPOINTING.has(before) || (before === 'of' && APPOINTMENTS.has(tokens[object - 2]?.text ?? ''));
}
/** Verbs that take a role from a person: "replaced X as chief executive". */
const REMOVED = new Set(
  `replaced replaces succeeded succeeds ousted ousts removed removes sacked sacks fired fires dismissed
  dismisses unseated deposed toppled impeached`.split(/\s+/),
);

/**
 * What the verbs after a name (and after its apposition) say of its roles, and when they are held: "was appointed director of the museum",
 * "became chief executive", "is chief executive", "took over as coach" (held now); "resigned as finance minister", "stepped down
 * as chairman", "who previously served as deputy governor" (held before); "will become chief executive",
 * "is expected to be sworn in as president" (to come). `text` is the passage's text.
 */
export function predicateRole(
  text: string,
  tokens: Token[],
  nameTo: number,
): { span: RoleSpan; time: RoleTime; appointed?: true }[] {
  const starts = verbStarts(tokens, nameTo);
  // "X, who ran the paper from 1989 to 2004 and is now a journalism professor": a relative clause may go on
  // to the role after its "and".
  if (tokens[nameTo]?.text === ',' && tokens[nameTo + 1]?.text === 'who') {
    const closing = tokens.findIndex((t, k) => k > nameTo && t.text === ',');
    const end = Math.min(closing > 0 ? closing : tokens.length, nameTo + MAX_CLAUSE_TOKENS);
    for (let k = nameTo + 2; k < end; k++) if (tokens[k]!.text === 'and') starts.push(k + 1);
  }
  starts.push(...joinedVerbStarts(tokens, nameTo));
  // "X, a marine biologist who has been dean of the faculty since 2015,": a clause on the apposition's noun.
  const apposition = appositionAfter(tokens, nameTo);
  if (apposition && tokens[apposition.to]?.text === 'who') starts.push(apposition.to + 1);
  const found: { span: RoleSpan; time: RoleTime; appointed?: true }[] = [];
  for (const from of starts) {
    const after = tokens[from];
    if (!after) continue;
    const rest = text.slice(after.start, after.start + 80).toLowerCase();
    const predicate = ROLE_PREDICATES.find(({ pattern }) => pattern.test(rest));
    if (!predicate) continue;
    const at = after.start + predicate.pattern.exec(rest)![0].length;
    const start = tokens.findIndex((t, k) => k >= from && t.start >= at);
    const span = start < 0 ? undefined : roleSpanFrom(tokens, start, true);
    if (!span) continue;
    const said = predicate.pattern.exec(rest)![0];
    // "was appointed head of the school in 2004 but stepped down in 2008": held, and left since.
    if (predicate.time === 'current' && leftLater(text, tokens, span)) found.push({ span, time: 'former' });
    // "who takes over as chief executive next month": the present of a timetable.
    else if (/\b(?:takes over as|becomes)\s/.test(said) && comesLater(text, tokens, span))
      found.push({ span, time: 'future' });
    else
      found.push({
        span,
        time: predicate.time,
        ...(predicate.appointed ? { appointed: true as const } : {}),
      });
  }
  return found;
}

/**
 * "Tierney left the firm in March and is now harbour master at Rossaveal": where the name is the subject of
 * the verb right after it, a verb in the present joined to that one by "and" or "but" is the name's too, up to
 * where another clause starts (punctuation, "that", "who", a verb of saying). Only the present: a past one
 * joined ("and became volunteer number 12") tells what happened more often than a post.
 */
function joinedVerbStarts(tokens: Token[], nameTo: number): number[] {
  const verb = tokens[nameTo]?.text ?? '';
  if (!/^\p{Ll}+$/u.test(verb) || CONNECTORS.has(verb) || SPEECH_VERBS.has(verb)) return [];
  const starts: number[] = [];
  for (let k = nameTo + 1; k < Math.min(tokens.length, nameTo + MAX_CLAUSE_TOKENS); k++) {
    const token = tokens[k]!;
    if (token.kind === 'punct' || CLAUSE_WORDS.has(token.text) || SPEECH_VERBS.has(token.text)) break;
    if (/^(?:and|but)$/.test(token.text) && /^(?:is|now|remains|has)$/.test(tokens[k + 1]?.text ?? ''))
      starts.push(k + 1);
  }
  return starts;
}

/**
 * Whether the sentence goes on to say that the person left the role just given ("X was appointed head of the
 * school in 2004 but stepped down as head in 2008"); leaving "as" another post leaves this one held.
 */
function leftLater(text: string, tokens: Token[], span: RoleSpan): boolean {
  const left = LEFT_LATER.exec(text.slice(tokens[span.to - 1]!.end).toLowerCase());
  if (!left) return false;
  if (left[1] === undefined) return true;
  const heads = tokens.slice(span.from, span.to).filter((t) => isRoleHead(t.text));
  const post = left[1].split(/\s+/).slice(0, MAX_ROLE_TOKENS);
  return heads.some((head) => post.includes(head.text.toLowerCase()));
}

/**
 * Verbs by which a relative clause says what someone does, the clause being their role as written: "Kerry
 * Blythe, who runs an online bookshop in Nelson,", "Mallory, who now hosts a weekend talk show". See
 * `isActivity` for how such a role is worded in an answer.
 */
export const ACTIVITY_VERBS =
  /^(?:runs|owns|co-owns|hosts|co-hosts|chairs|heads|leads|manages|teaches|coaches|edits|directs)$/;
/** How long a role said by a verb may be: the verb and its object. */
const MAX_ACTIVITY_TOKENS = 10;

/**
 * "X, who runs an online bookshop in Nelson,": the verb and its object up to the clause's end, when the
 * clause says what the person does and not in which role ("who runs the port as its harbour master" is a
 * harbour master's: see `predicateRole`).
 */
export function activityRole(tokens: Token[], nameTo: number): RoleSpan | undefined {
  // "Jane Orr, 45, who owns the shop": the age set off before the clause.
  const comma =
    tokens[nameTo + 1]?.kind === 'number' && tokens[nameTo + 2]?.text === ',' ? nameTo + 2 : nameTo;
  if (tokens[comma]?.text !== ',' || tokens[comma + 1]?.text.toLowerCase() !== 'who') return undefined;
  // The clause's own verb, or one after its "and": "who left the company in 2014 and now runs a fund".
  const closing = tokens.findIndex((t, k) => k > comma + 1 && /^[,.;:]$/.test(t.text));
  const end = closing < 0 ? tokens.length : closing;
  const starts = [comma + 2];
  for (let k = comma + 2; k < end; k++) if (tokens[k]!.text === 'and') starts.push(k + 1);
  let from = -1;
  for (const start of starts) {
    let k = start;
    while (HELD_NOW.test(tokens[k]?.text ?? '')) k++;
    if (ACTIVITY_VERBS.test(tokens[k]?.text ?? '')) from = k;
  }
  if (from < 0) return undefined;
  let to = from + 1;
  while (
    to < tokens.length &&
    to - from < MAX_ACTIVITY_TOKENS &&
    !/^[,.;:!?()“”"]$/.test(tokens[to]!.text) &&
    !/^(?:and|but|who|which|since|until|after|before|when|said)$/.test(tokens[to]!.text)
  )
    to++;
  const ends = to >= tokens.length || /^[,.;:!?)]$/.test(tokens[to]!.text);
  const between = tokens.slice(from + 1, to);
  if (!ends || between.length === 0 || between.some((t) => t.text === 'as')) return undefined;
  return { from, to };
}

/**
 * "The trial's safety board, whose chair is the paediatrician Dr Ineke Smit,": the role a "whose" clause says
 * the name holds of what it is about, before the name's own title (`at`).
 */
export function whoseRoleBefore(tokens: Token[], at: number): RoleSpan | undefined {
  let k = at;
  if (DETERMINERS.has(tokens[k - 1]?.text.toLowerCase() ?? '')) k--;
  if (tokens[k - 1]?.text !== 'is' || tokens[k - 3]?.text !== 'whose') return undefined;
  return isRoleHead(tokens[k - 2]!.text) ? { from: k - 2, to: k - 1 } : undefined;
}

/** How far before "by" the verb of founding may stand: "founded in Milan in 1921 by". */
const MAX_FOUNDED_TOKENS = 6;

/**
 * "Founded in Milan by Aurelio Verrini", "the bakery, co-founded in 1987 by Rosa Gill": the person named
 * after the "by" of a verb of founding, with no punctuation between, founded what the sentence is about.
 */
export function founderBy(tokens: Token[], nameFrom: number): 'founder' | 'co-founder' | undefined {
  // "by marine biologist Lena Sund", "by the late Rob Hart": lower-case words of the title between.
  let by = nameFrom - 1;
  while (
    by > nameFrom - 1 - MAX_COMPOUND &&
    /^\p{Ll}+$/u.test(tokens[by]?.text ?? '') &&
    tokens[by]!.text !== 'by'
  )
    by--;
  if (tokens[by]?.text !== 'by') return undefined;
  for (let k = by - 1; k >= Math.max(0, by - MAX_FOUNDED_TOKENS); k--) {
    const verb = /^(co-?)?founded$/i.exec(tokens[k]!.text);
    if (verb) return verb[1] ? 'co-founder' : 'founder';
    if (tokens[k]!.kind === 'punct') return undefined;
  }
  return undefined;
}

/** Verbs by which a person leaves a post: "resigned", "was sacked"; with "as", the post follows. */
const LEAVING = String.raw`resigned|stepped down|stood down|retired|quit|was (?:ousted|sacked|fired|dismissed|removed|forced out|replaced|succeeded)`;
/** Leaving the post the words around the name give: "the chief scientist, Henrik Aasen, retired". */
const LEAVES = new RegExp(
  String.raw`^(?:who\s+(?:has\s+|had\s+)?(?:since\s+|later\s+|then\s+)?)?(?:${LEAVING})\b(?! as)`,
);
/**
 * "… and left in 2012", "… but left the club": leaving, when a year or what was left says it is a post;
 * "… and served until 2018": held up to a year.
 */
const LEFT_IN = String.raw`left(?=\s+(?:in\s+(?:1[89]|20)\d\d|the\s+(?:company|club|firm|party|post|job|role|board|bank|government)\b))|(?:served|remained|stayed)(?:\s+in\s+(?:post|office|the\s+(?:job|role|post)))?\s+until\s+(?:1[89]|20)\d\d`;
/** "… but stepped down", "… and later resigned as head of the school": the subject's own verb of leaving. */
const LEFT_LATER = new RegExp(
  String.raw`^[^;.“”"]*?\b(?:and|but)\s+(?:(?:later|then|eventually|subsequently)\s+)?(?:${LEAVING}|lost (?:his|her|their|the) (?:seat|job|post|position)|${LEFT_IN})\b(?:\s+as\s+(.*))?`,
);

/** A time after the article's date, right after a role: "next month", "later this year", "in May". */
const LATER_TIME =
  /^\s*(?:next (?:week|month|year|season|spring|summer|autumn|winter)|later this (?:week|month|year)|(?:in|on|from) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;

/** Whether the role's words are followed by a time to come: "takes over as chief executive next month". */
function comesLater(text: string, tokens: Token[], span: RoleSpan): boolean {
  return LATER_TIME.test(text.slice(tokens[span.to - 1]!.end));
}

/** "… who resigned last week", "… who has since retired" at `at`: the words' own verb of leaving. */
function leftBy(tokens: Token[], at: number): boolean {
  if (tokens[at]?.text !== 'who') return false;
  const words = tokens.slice(at, at + 6).map((t) => t.text.toLowerCase());
  return LEAVES.test(words.join(' '));
}

/**
 * Whether the verb after a name (and after its apposition) says they left their post: "its director,
 * Prof. Anton Weiss, resigned", "the chief scientist, Henrik Aasen, retired". "resigned as X" names the post
 * left itself (see `predicateRole`).
 */
export function leavesPost(text: string, tokens: Token[], nameTo: number): boolean {
  return verbStarts(tokens, nameTo).some((i) => {
    const after = tokens[i];
    return after !== undefined && LEAVES.test(text.slice(after.start, after.start + 40).toLowerCase());
  });
}

/**
 * Where the verb of a name may start: right after it, after the comma closing a title set off before it
 * ("the chief scientist, Henrik Aasen, retired"), or after its own apposition ("Sara Quist, the former
 * deputy governor, was named governor").
 */
function verbStarts(tokens: Token[], nameTo: number): number[] {
  if (tokens[nameTo]?.text !== ',') return [nameTo];
  const closing = tokens.findIndex((t, k) => k > nameTo && t.text === ',');
  const starts = [nameTo, nameTo + 1];
  // "Haddad, who previously served as an engine engineer at a French rocket maker, is Lodestar's CTO".
  const longest = tokens[nameTo + 1]?.text === 'who' ? MAX_CLAUSE_TOKENS : MAX_ROLE_TOKENS;
  if (closing > 0 && closing - nameTo <= longest) starts.push(closing + 1);
  return starts;
}

/** How far into a relative clause after a name its "and … is now" may be. */
const MAX_CLAUSE_TOKENS = 24;

// An optional ", who" and adverb before the verb; the role follows the pattern.
const WHO = String.raw`^(?:,\s+who\s+)?(?:(?:later|then|also|subsequently|eventually|now)\s+)?`;

/** A verb phrase after a name that gives a role, when that role is held, and whether it appoints to it. */
interface RolePredicate {
  pattern: RegExp;
  time: RoleTime;
  /** "was elected mayor": held now, even if the article calls it former elsewhere ("a former mayor"). */
  appointed?: true;
}

/** "runs the embassy as chargé d'affaires": leading something in a role, the role after the "as". */
const RUNS_AS = {
  current: String.raw`(?:runs|leads|heads|manages)\s+(?:[a-z'’-]+\s+){1,4}?as`,
  future: String.raw`(?:run|lead|head|manage)\s+(?:[a-z'’-]+\s+){1,4}?as`,
};

/**
 * "has joined Kestrel Foods as finance director", "will join the bank as its chief economist": the role after
 * the "as". A bare "joined" is left out: "joined the council as a planner in 1999" may be long past.
 */
const JOINS_AS = {
  current: String.raw`(?:has joined|have joined|joins|has rejoined|rejoins)\s+(?:\S+\s+){1,4}?as`,
  future: String.raw`(?:join|rejoin)\s+(?:\S+\s+){1,4}?as`,
};

/** "replaced Clara Voss as chief executive": taking someone's role, the role after the "as". */
const SUCCEEDS = {
  current: String.raw`(?:replaced|replaces|succeeded|succeeds)\s+(?:\S+\s+){1,4}?as`,
  future: String.raw`(?:replace|succeed)\s+(?:\S+\s+){1,4}?as`,
};

const ROLE_PREDICATES: RolePredicate[] = [
  {
    // "X, who will step down as chairman in June", "who is retiring as head teacher": held until then.
    pattern: new RegExp(
      WHO +
        String.raw`(?:(?:will|is to|is set to|is expected to|is due to|plans to|intends to)\s+` +
        String.raw`(?:retire|step down|stand down|resign)|is (?:retiring|stepping down|standing down))\s+as\s+`,
    ),
    time: 'current',
  },
  {
    pattern: new RegExp(
      WHO +
        String.raw`(?:will|is to|is set to|is expected to|is due to|is poised to|is likely to)\s+` +
        String.raw`(?:become|be (?:named|appointed|elected|sworn in as|installed as)|take over as|serve as|act as|take up the post of|${RUNS_AS.future}|${SUCCEEDS.future}|${JOINS_AS.future})\s+(?:as\s+)?`,
    ),
    time: 'future',
  },
  {
    pattern: new RegExp(
      WHO +
        String.raw`(?:(?:has |had )?(?:${LEAVING})|(?:previously |formerly |once |had )?served|was formerly|was previously|was once)\s+(?:as\s+)?`,
    ),
    time: 'former',
  },
  {
    pattern: new RegExp(
      WHO +
        String.raw`(?:(?:was|has been|had been|is|have been|were)\s+)?(?:(?:newly|recently|unanimously|formally)\s+)?` +
        String.raw`(?:appointed|named|elected|re-elected|reappointed|promoted to|chosen as|installed as|confirmed as|sworn in as|picked as)\s+(?:as\s+)?`,
    ),
    time: 'current',
    appointed: true,
  },
  // "who has been dean since 2015": held, and no appointment that a later start would put off.
  { pattern: new RegExp(WHO + String.raw`(?:has|have) been\s+`), time: 'current' },
  {
    pattern: new RegExp(
      WHO +
        String.raw`(?:became|becomes|has become|remains|took over as|takes over as|serves as|has served as|is now|is|now serves as|acts as|is acting as|${RUNS_AS.current}|${SUCCEEDS.current}|${JOINS_AS.current})\s+`,
    ),
    time: 'current',
    appointed: true,
  },
];

/**
 * The role that starts at `start`. An apposition must end where a role can ("X, a spokesman for Y, said");
 * a predicate's role (`loose`) ends wherever its words stop being a role's ("was elected mayor on Sunday").
 */
function roleSpanFrom(tokens: Token[], start: number, loose = false): RoleSpan | undefined {
  let i = start;
  if (DETERMINERS.has(tokens[i]?.text.toLowerCase() ?? '')) i++;
  // "a 29-year-old paramedic": the age is no part of the role.
  if (
    tokens[i]?.kind === 'number' &&
    tokens[i + 1]?.text === '-' &&
    /^year-old$/.test(tokens[i + 2]?.text ?? '')
  )
    i += 3;
  const from = i;
  // "the wing's first clinical director": whose role it is opens it.
  if (tokens[i]?.kind === 'word' && /^['’]s$/.test(tokens[i + 1]?.text ?? '')) i += 2;
  // After the head and a preposition comes its object, which may be any words: "minister of fiscal policy".
  let inObject = false;
  let seenHead = false;
  let head = '';
  while (i < tokens.length && i - from < MAX_ROLE_TOKENS) {
    const token = tokens[i]!;
    const lower = token.text.toLowerCase();
    // Verbs are written in lower case: "the United States" holds no verb "states".
    if (SPEECH_VERBS.has(token.text) || CLAUSE_WORDS.has(lower)) break;
    // "mayor on Sunday", "chief executive in 2019": a date is when, not what.
    if (seenHead && (TIME_WORDS.has(lower) || lower === 'since' || /^(?:1[89]|20)\d\d$/.test(lower))) break;
    if (
      seenHead &&
      (atTheTime(tokens, i) || atTheEdgeOf(tokens, i) || fromPlaceAt(tokens, i, head) || inStateAt(tokens, i))
    )
      break;
    if (loose && (inObject || seenHead) && endsPredicateObject(tokens, i, inObject)) break;
    // "X, a teacher for 30 years before he retired", "X, mayor from 2001 to 2009": held for a time that
    // may be over, which an apposition does not say.
    if (!loose && seenHead && boundsInTime(tokens, i)) return undefined;
    const numberModifier = token.kind === 'number' && isRoleWord(tokens[i + 1] ?? token) && !inObject;
    // "the senator from Oregon": where a representative is from is what they represent.
    const representing =
      seenHead && lower === 'from' && isCapitalised(tokens[i + 1]) && REPRESENTATIVES.has(head);
    if (
      isRoleWord(token) ||
      CONNECTORS.has(lower) ||
      representing ||
      numberModifier ||
      (inObject && token.kind !== 'punct') ||
      (!inObject && isNounBeforeHead(tokens, i, i > from))
    ) {
      if (isRoleHead(token.text)) [seenHead, head] = [true, lower.replace(/s$/, '')];
      if (seenHead && (OBJECT_CONNECTORS.has(lower) || representing)) inObject = true;
      i++;
    } else break;
  }
  // A speech verb may follow directly ("X, a spokesman for Y said").
  const stop = tokens[i];
  const ends =
    !stop ||
    APPOSITION_END.has(stop.text) ||
    SPEECH_VERBS.has(stop.text) ||
    CLAUSE_WORDS.has(stop.text.toLowerCase()) ||
    // "X, who has been director since 2008,": held since then, and still.
    stop.text === 'and' ||
    stop.text === 'since' ||
    atTheTime(tokens, i) ||
    fromPlaceAt(tokens, i, head) ||
    inStateAt(tokens, i);
  if (!ends && !loose) return firstOfTwoRoles(tokens, from, i);
  let to = i;
  while (to > from && CONNECTORS.has(tokens[to - 1]!.text.toLowerCase())) to--;
  if (to <= from || CONNECTORS.has(tokens[from]!.text.toLowerCase())) return undefined;
  // The head must come early: "the vice speaker of …", not "the Dialogue of Women of Central Asia".
  for (let k = from; k < Math.min(to, from + 5); k++) {
    if (isRoleHead(tokens[k]!.text)) return isWellFormedRole(tokens, from, to) ? { from, to } : undefined;
  }
  return undefined;
}

/**
 * "owner of the Bridge Street Deli and chairwoman of the Gildencroft Traders' Association": an apposition too
 * long to end where a role can may still hold a first role whole, up to an "and" that opens a second one.
 */
function firstOfTwoRoles(tokens: Token[], from: number, to: number): RoleSpan | undefined {
  for (let k = to - 1; k > from; k--)
    if (
      tokens[k]!.text === 'and' &&
      isRoleHead(tokens[k + 1]?.text ?? '') &&
      isWellFormedRole(tokens, from, k)
    )
      return { from, to: k };
  return undefined;
}

/**
 * "clinical director", "consultant paediatrician", "journalism professor": a lower-case noun or two before a
 * role's head make one role with it. Words that cannot be such a noun are left out: function words, and
 * verb forms ("citing senior officials") and adverbs, whose role words are modifiers anyway ("acting",
 * "retired", "newly"). Inside a role already begun, a word in "-ing" right before the head is a noun
 * ("the town's chief planning officer", "the club's longest-serving director"): no verb stands there.
 */
function isNounBeforeHead(tokens: Token[], at: number, inRole: boolean): boolean {
  for (let k = at; k <= at + MAX_COMPOUND; k++) {
    const token = tokens[k];
    if (!token) return false;
    if (k > at && isRoleHead(token.text)) return true;
    const lower = token.text.toLowerCase();
    const nounInRole = inRole && lower.endsWith('ing') && isRoleHead(tokens[k + 1]?.text ?? '');
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(token.text) || NEVER_NAMES.has(lower)) return false;
    if (/(?:ing|ed|ly)$/.test(lower) && !nounInRole) return false;
  }
  return false;
}

/** Prepositions that, in a predicate's role, start what happened rather than more of the role's object. */
const OBJECT_STOPS = new Set([
  'by',
  'with',
  'after',
  'before',
  'since',
  'until',
  'between',
  'during',
  'following',
  'despite',
]);
const PLACE_PREPOSITIONS = new Set([
  'on',
  'in',
  'from',
  'over',
  'into',
  'through',
  'across',
  'against',
  'about',
]);
const AUXILIARY_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can']);
const NUMBER_WORDS = /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many)$/;

/**
 * Where a predicate's role stops going on into its object: "ambassador to Japan | and is now foreign
 * minister", "mayor of Oslo | for ten years", "chair of the board | by a wide margin"; not "ambassador to
 * Bosnia and Herzegovina".
 */
function endsPredicateObject(tokens: Token[], i: number, inObject: boolean): boolean {
  const lower = tokens[i]!.text.toLowerCase();
  const next = tokens[i + 1];
  // These prepositions start what the role is about, not its object: "minister | on trial".
  if (PLACE_PREPOSITIONS.has(lower)) return true;
  // "mayor | for a decade", "chair of the board | for ten years": how long, not what.
  if (lower === 'for' && NUMBER_WORDS.test(next?.text.toLowerCase() ?? '')) return true;
  // "leader of the council | at its annual meeting": where an owner's own event takes place, not a workplace.
  if (lower === 'at' && /^(?:its|his|her|their)$/.test(next?.text ?? '')) return true;
  if (!inObject) return false;
  if (OBJECT_STOPS.has(lower) || AUXILIARY_VERBS.has(lower)) return true;
  return /^(?:and|but|then)$/.test(lower) && next !== undefined && !isCapitalised(next);
}

/** Whether the words at `i` say for how long or until when a role was held: "for 30 years", "until 2019". */
function boundsInTime(tokens: Token[], i: number): boolean {
  const lower = tokens[i]!.text.toLowerCase();
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  if (/^(?:until|till|before)$/.test(lower)) return true;
  if (lower === 'for')
    return NUMBER_WORDS.test(next) && /^(?:years?|decades?|months?)$/.test(tokens[i + 2]?.text ?? '');
  return lower === 'from' && /^(?:1[89]|20)\d\d$/.test(next);
}

/** Words that open a clause of their own after a role: the role ends before them. */
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'where', 'when', 'whose']);

function trimRoleStart(tokens: Token[], from: number, end: number): number {
  while (from < end) {
    const token = tokens[from]!;
    const lower = token.text.toLowerCase();
    const starter = CONNECTORS.has(lower) || isPossessive(token) || token.text === '.';
    if (starter || (NEVER_NAMES.has(lower) && !ROLE_MODIFIERS.has(lower))) from++;
    else break;
  }
  return from;
}

const OBJECT_CONNECTORS = new Set(['of', 'to', 'for', 'at', 'on', 'in', 'from']);

/**
 * A role ends with its head, or goes on into the head's object after a preposition:
 * "EU Ambassador to Kazakhstan", "vice speaker of the Mazhilis"; not "Vice President Jusuf Kalla in".
 */
function isWellFormedRole(tokens: Token[], from: number, to: number): boolean {
  const isHead = (k: number) => isRoleHead(tokens[k]!.text) && !isHonorific(tokens[k]!.text);
  let k = from;
  while (k < to && !isHead(k)) k++;
  if (k === to) return false;
  while (k < to && !OBJECT_CONNECTORS.has(tokens[k]!.text.toLowerCase())) k++;
  // "the music director designate": chosen for the post, whose head comes before.
  const last = /^(?:designate|elect)$/i.test(tokens[k - 1]!.text) ? k - 2 : k - 1;
  return isHead(last) && (k === to || k < to - 1);
}

/** The role as a person reads it: text of the span, without a leading article. */
export function roleText(text: string, tokens: Token[], span: RoleSpan): string {
  const written = text.slice(tokens[span.from]!.start, tokens[span.to - 1]!.end);
  const raw = span.plural ? written.replace(/s$/, '') : written;
  const expanded = raw.replace(
    /(?<=^|\s)(Sen|Rep|Gov|Gen|Col|Lt|Maj|Capt|Adm|Pres|Supt|Insp|Det|Sgt|PC|Prof)\.?(?=\s|$)/g,
    (abbr) => ABBREVIATED_ROLES[abbr.replace(/\.$/, '').toLowerCase()] ?? abbr,
  );
  // "new", "newly appointed" and "current" say when the article was written, not what the role is; "the
  // first woman rector" who first held it, not what it is.
  return expanded
    .replace(/\s+/g, ' ')
    .replace(/^(?:(?:the|a|an|new|current|newly[- ](?:appointed|elected|named))\s+)+/i, '')
    .replace(/\b(?:first|only) (?:woman|female|black) (?=\p{L})/iu, '')
    .trim();
}
