import { ROLE_FIELDS, ROLE_HEADS, ROLE_MODIFIERS, SPEAKING_BODIES } from '../extract/lexicon.js';
import { relatedTerms } from '../index/relatedWords.js';
import { abbreviationsSpelt, queryForms, queryWords, spelledOut } from '../index/searchTerms.js';
import { americanSpelling } from '../index/spelling.js';

/** Words that make a role another one than its head: a deputy foreign minister is no foreign minister. */
const RANK = /\b(?:deputy|vice|assistant|under|associate)\b/g;
/** Words that put a role out of the present: a former mayor is no mayor, nor is a future one yet. */
const TIME = /\b(?:former|future|ex|acting|interim)\b/g;

/**
 * Words that ask for who holds a role before or after its holder now: "the new CFO" is the incoming one,
 * "the mayor before Delgado" a former one. "was" lets a former holder answer without preferring one: "Who
 * was the arbiter?" asks of the time the article tells.
 */
const TIME_ASKED: { time: 'former' | 'future'; words: RegExp; preferred: boolean }[] = [
  {
    time: 'future',
    words: /^(?:new|next|incoming|upcoming|will|going|successor|replace|replaces)$/,
    preferred: true,
  },
  { time: 'former', words: /^(?:before|previous|previously|predecessor|preceded|ex)$/, preferred: true },
  // "Which DG quit over the report?": one who left the post, then held it.
  {
    time: 'former',
    words: /^(?:was|were|quit|resigned|retired|left|ousted|sacked|fired)$/,
    preferred: false,
  },
];

/** "Who is filling in as ops director?", "the caretaker manager": an acting or interim holder asked for. */
const STANDING_IN = /^(?:filling|standing|caretaker|temporary|temporarily|stopgap)$/;
const STAND_IN_ROLES = ['acting', 'interim'];

/**
 * The words of a question, in lower case, to tell which roles it asks for; "former" or "future" among them
 * when the question asks for a holder of another time in other words.
 */
export function wordsAsked(query: string): ReadonlySet<string> {
  const words = new Set(
    query
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean),
  );
  for (const { time, words: asking } of TIME_ASKED)
    if ([...words].some((w) => asking.test(w))) words.add(time);
  if ([...words].some((w) => STANDING_IN.test(w))) for (const w of STAND_IN_ROLES) words.add(w);
  return words;
}

/** Whether a question asks for whoever stands in for a role's holder ("Who is filling in as …?"). */
export function standInAsked(asked: ReadonlySet<string>): boolean {
  return STAND_IN_ROLES.every((word) => asked.has(word));
}

/**
 * Whether one of the roles (as `roleSetKey` joins them) is held by a stand-in, now or from the article's
 * day: "acting operations director", "future interim head coach".
 */
export function holdsStandInRole(roleSet: string): boolean {
  return roleSet
    .split('|')
    .some((role) => STAND_IN_ROLES.some((word) => role.replace(/^future /, '').startsWith(`${word} `)));
}

/**
 * Whether one of the roles (as in `holdsStandInRole`) leads in its holder's stead now: an "interim chief
 * executive", an "acting head", not an acting finance director nor a future interim leader.
 */
export function holdsStandInLead(roleSet: string): boolean {
  return roleSet.split('|').some((role) => holdsStandInRole(role) && holdsLeadingRole(role));
}

/** The time of a role the question prefers to its holder now ("the next health minister"), if any. */
export function timePreferred(query: string): 'former' | 'future' | undefined {
  const words = query.toLowerCase().split(/[^\p{L}]+/u);
  return TIME_ASKED.find(({ words: asking, preferred }) => preferred && words.some((w) => asking.test(w)))
    ?.time;
}

/** The query without the words that ask for another time, which the holder's facts need not repeat. */
export function withoutTimeWords(query: string): string {
  return query
    .split(/\s+/)
    .filter((word) => !TIME_ASKED.some(({ words, preferred }) => preferred && words.test(word.toLowerCase())))
    .join(' ');
}

/** Whether one of the roles (as `roleSetKey` joins them) is held at `time`. */
export function holdsRoleIn(roleSet: string, time: 'former' | 'future'): boolean {
  return roleSet.split('|').some((role) => role.startsWith(`${time} `));
}

/**
 * Whether one of the roles (lower case, as a `roleSetKey` joins them with `|`) is the role asked for: not
 * a deputy's or a former one the question does not name, nor the president's when it asks for a vice
 * president.
 */
export function holdsRoleAsked(roleSet: string, asked: ReadonlySet<string>): boolean {
  const rankAsked = [...asked].filter((word) => word.match(RANK));
  const qualified = (role: string) => {
    const qualifiers = [...role.matchAll(RANK), ...role.matchAll(TIME)].map(([word]) => word);
    return (
      qualifiers.every((word) => asked.has(word)) && rankAsked.every((word) => qualifiers.includes(word))
    );
  };
  // The role held plainly must be the one asked: a party leader who is also deputy prime minister is
  // no prime minister.
  return roleSet
    .split('|')
    .some((role) => conjoinedRoles(role).some((part) => qualified(part) && holdsRoleWordAsked(part, asked)));
}

/**
 * "vice president and general counsel of the company": the roles a role joins with "and", each with a head
 * of its own, so that "vice" makes the first a deputy's, not the second (whose words must then be the ones
 * asked); "minister of finance and economy" stays one.
 */
function conjoinedRoles(role: string): string[] {
  const parts = role.split(' and ');
  const time = /^(?:former|future) /.exec(role)?.[0] ?? '';
  if (parts.length < 2 || !parts.every((part) => part.split(' ').some((word) => ROLE_HEADS.has(word))))
    return [role];
  return parts.map((part, i) => (i > 0 ? time + part : part));
}

/**
 * Roles that put their holder at the head of something: "Who runs the RTA?" is answered by its chief
 * executive, director, president or chair, not its chief financial officer.
 */
const LEADING =
  /\b(?:chief executive|ceo|head|leader|speaker|director|president|chairman|chairwoman|chairperson|chair|governor|mayor|manager|commander|principal|dean|secretary[- ]general|general secretary|prime minister|premier|boss|chargé d'affaires|chief(?! (?:operating|financial|technology|information|marketing|investment|of staff)))\b/;

/**
 * Whether one of the roles (as in `holdsRoleAsked`) leads what it is the role of; a former or future
 * leader only when the question asks for one (`wordsAsked`).
 */
export function holdsLeadingRole(roleSet: string, asked: ReadonlySet<string> = new Set()): boolean {
  return roleSet.split('|').some((role) => {
    const time = /^(former|future) /.exec(role)?.[1];
    return (
      (LEADING.test(role) || leadsWhatIsAsked(role, asked)) &&
      !mayorOfAnotherBody(role, asked) &&
      !/\b(?:deputy|vice|assistant|associate|ex)\b/.test(role) &&
      !leadsOneField(role) &&
      (time === undefined || asked.has(time))
    );
  });
}

/**
 * "Who heads the valley council?": a mayor heads a town, while the council, authority or board a question
 * names has a leader or chair of its own, unless the mayor's role names it ("mayor and chair of the council").
 */
function mayorOfAnotherBody(role: string, asked: ReadonlySet<string>): boolean {
  return (
    /\bmayor\b/.test(role) && [...asked].some((word) => SPEAKING_BODIES.has(word) && !role.includes(word))
  );
}

/**
 * A role news writes as what its holder does ("Raj Menon, who chairs the finance committee", "has run the
 * school since 2004") names what they lead, so it leads what is asked only if it names a word of the
 * question: the one who chairs a council's committee does not run the water company its article is about.
 */
function leadsWhatIsAsked(role: string, asked: ReadonlySet<string>): boolean {
  const led = LEADING_DOING.exec(role)?.[1];
  return (
    led !== undefined &&
    led
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((word) => word.length > 3 && asked.has(word))
  );
}

const LEADING_DOING =
  /^(?:chairs|runs|heads|leads|manages|directs|(?:has|had) (?:chaired|run|led|headed|managed|directed)) (.+)$/;

/**
 * "Halcyon's finance director", "operations director": the head of one field of what they work for (as
 * `ROLE_FIELDS` name them), not of all of it; a managing director leads it all.
 */
function leadsOneField(role: string): boolean {
  const words = role.split(/[^\p{L}-]+/u);
  return words.some(
    (word, i) => ROLE_FIELDS.has(word) && word !== 'managing' && LEADING.test(words[i + 1] ?? ''),
  );
}

/** The words that name a leading role, for reading one in a passage. */
export const LEADING_WORDS = [
  'chief',
  'executive',
  'ceo',
  'head',
  'leader',
  'director',
  'president',
  'chairman',
  'chairwoman',
  'chair',
  'governor',
  'mayor',
  'manager',
  'boss',
];

/**
 * Whether one of the roles is of the kind asked for: "Who was the captain of the Stella Vega?" asks for a
 * captain, and is not answered by a person named Stella Vega, nor a coach by a coach of another title.
 * A question that names no role word is answered by anyone.
 */
export function holdsRoleWordAsked(roleSet: string, asked: ReadonlySet<string>): boolean {
  const heads = [...asked].filter((word) => ROLE_HEADS.has(word)).map(americanSpelling);
  if (heads.length === 0) return true;
  // "organizer" asks for an "organiser"; "the director-general" is asked as "DG" and as a "director"; "chief
  // finance officer" as "CFO".
  const roles = askableWords(
    roleSet.split(/[^\p{L}-]+/u).flatMap((word) => [word, ...(word.includes('-') ? word.split('-') : [])]),
    roleSet,
  );
  return heads.some((head) => {
    const spelt = spelledOut(head)?.slice(0, 2);
    return (
      roles.includes(head) || (spelt !== undefined && spelt.every((w) => roles.includes(w.toLowerCase())))
    );
  });
}

/**
 * A role's words as a question may ask for them: in one spelling, an abbreviated title spelt out, a title
 * spelt out as its abbreviation and the abbreviation's spelling ("chief finance officer" is asked as "CFO"
 * and "chief financial officer"), and a title of one sex also as the title of either ("spokeswoman" is
 * asked as "spokesperson", not "spokesman").
 */
function askableWords(words: readonly string[], role: string): string[] {
  const abbreviated = abbreviationsSpelt(role).map((abbreviation) => abbreviation.toLowerCase());
  return [...words, ...abbreviated].flatMap((word) => [
    americanSpelling(word),
    ...(spelledOut(word) ?? []).map((w) => w.toLowerCase()),
    ...titleOfEitherSex(word),
    ...(COUNSEL_FOR.get(word) ?? []),
  ]);
}

/**
 * "Rebecca Thorne, prosecuting", "Stephen Lyle, defending": a court report names each side's lawyer by the
 * side they speak for, which a question asks as a lawyer, a prosecutor or the defence.
 */
const LAWYER = ['lawyer', 'counsel', 'barrister', 'solicitor', 'advocate', 'attorney'];
const COUNSEL_FOR = new Map([
  ['prosecuting', ['prosecutor', 'prosecution', ...LAWYER]],
  ['defending', ['defence', 'defense', ...LAWYER]],
]);

/**
 * "spokesman", "chairwoman": a title of one sex, written as the stem of the title of either sex and its end
 * ("spokesperson", "chairperson"), and as "chair", which names either: "/who Save Blackhope chair" asks for
 * its chairwoman. Not the other way round: "the buyers' group chair" is no company's chairman.
 */
const OF_ONE_SEX = /^(spokes|chair|congress|council|business)(?:man|woman)$/;
const OF_EITHER_SEX = /^(spokes|chair|congress|council|business)person$/;
const STEM_OF_EITHER_SEX = new Set(['chair']);

function titleOfEitherSex(word: string): string[] {
  const stem = OF_ONE_SEX.exec(word)?.[1];
  if (stem === undefined) return [];
  return [`${stem}person`, ...(STEM_OF_EITHER_SEX.has(stem) ? [stem] : [])];
}

/** The titles a title of either sex is written as: "spokesperson" is a spokesman or a spokeswoman. */
export function titlesOfOneSex(word: string): string[] {
  const stem = OF_EITHER_SEX.exec(word)?.[1];
  return stem === undefined ? [] : [`${stem}man`, `${stem}woman`];
}

/** Whether a word may abbreviate a role: capitals only, as "PCC" or "DPP". */
export function isAbbreviation(word: string): boolean {
  return /^\p{Lu}{2,5}$/u.test(word);
}
/** Words an abbreviation of a role leaves out: "police and crime commissioner" is a PCC. */
const UNABBREVIATED = '(?:and|of|for|the)';

/**
 * The role of `roles` (lower case) an abbreviation stands for, as the end of it whose words start with its
 * letters: "PCC" is "police and crime commissioner" in "the county's police and crime commissioner".
 */
export function roleAbbreviated(word: string, roles: Iterable<string>): string | undefined {
  if (!isAbbreviation(word)) return undefined;
  const letters = [...word.toLowerCase()].map((letter) => `${letter}[\\p{L}'’]*`);
  const spelt = new RegExp(`(?:^|\\s)(${letters.join(`(?:\\s+${UNABBREVIATED})*[\\s-]+`)})$`, 'u');
  for (const role of roles) {
    const found = spelt.exec(role)?.[1];
    if (found) return found;
  }
  return undefined;
}

/**
 * Whether one of the roles holds every field (`ROLE_FIELDS`) the query writes right before a role word
 * ("managing director", "finance minister"): "Who is the managing director?" is not answered by an operations
 * director.
 */
export function holdsFieldsAsked(roleSet: string, query: string): boolean {
  const words = query.toLowerCase().split(/[^\p{L}-]+/u);
  const fields = words.filter((word, i) => ROLE_FIELDS.has(word) && ROLE_HEADS.has(words[i + 1] ?? ''));
  if (fields.length === 0) return true;
  return roleSet.split('|').some((role) => {
    const held = askableWords(role.split(/[^\p{L}-]+/u), role);
    return fields.every((word) => held.includes(americanSpelling(word)));
  });
}

/**
 * The words of a query that names what it asks the role of ("Fiat" in "Who is the CEO of Fiat?", "GM" in
 * "/who GM president"), each as its terms and the terms related to them ("Australia" for "Australian"), and
 * its names of several words as news abbreviates them ("Railway Incident Commission": RIC); none when the
 * query names nothing but a role.
 */
export function ownersAsked(query: string): ReadonlySet<string> {
  const words = queryWords(query);
  if (!words.some((word) => word.name && !word.forms.some(isRoleTerm))) return new Set();
  const terms = words.flatMap(({ forms }) => forms);
  return new Set([...terms, ...terms.flatMap(relatedTerms), ...initialsOf(query)]);
}

/** A name of several capitalised words: "Railway Incident Commission", "Citizens' Renewal Movement". */
const LONG_NAME = /\p{Lu}[\p{L}'’]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’]*)+/gu;

function initialsOf(query: string): string[] {
  return [...query.matchAll(LONG_NAME)].map(([name]) =>
    name
      .split(/\s+/)
      .filter((word) => word !== 'of')
      .map((word) => word[0]!.toLowerCase())
      .join(''),
  );
}

/**
 * Whether a person's roles all belong to another organisation than the one asked (`ownersAsked`): "Chrysler
 * Chief Executive" or "President of the United States" answer no question about Fiat's chief executive or
 * GM's president. A role that names no organisation ("chief executive") may be of the one asked, as its
 * article tells.
 */
export function rolesOwnedElsewhere(roles: readonly string[], asked: ReadonlySet<string>): boolean {
  if (asked.size === 0 || roles.length === 0) return false;
  return roles.every((role) => {
    const owners = ownersNamed(role);
    return owners.length > 0 && !owners.some((forms) => forms.some((term) => isAsked(term, asked)));
  });
}

/** Whether a role names no organisation ("Chief executive", "club's head coach"), only what it is. */
export function namesNoOwner(role: string): boolean {
  return ownersNamed(role).length === 0;
}

/** Whether a text names one of the organisations asked (`ownersAsked`) by a capitalised word. */
export function namesOwnerAsked(text: string, asked: ReadonlySet<string>): boolean {
  return ownersNamed(text).some((forms) => forms.some((term) => isAsked(term, asked)));
}

/** The names of a role that are no role words, each as its terms: "Chrysler" in "Chrysler Chief Executive". */
function ownersNamed(role: string): string[][] {
  // "German-born director": where they were born owns no role.
  return (role.replace(/\p{L}+-born\b/gu, ' ').match(CAPITALISED_WORD) ?? [])
    .map((word) => queryForms(word))
    .filter((forms) => forms.length > 0 && !forms.some(isRoleTerm));
}

const CAPITALISED_WORD = /\p{Lu}[\p{L}\d&'’.-]*/gu;

/** Shortest asked term a role's word may begin with: "Belmoran" is of Belmora, as "Australian" of Australia. */
const DEMONYM_STEM = 4;

function isAsked(term: string, asked: ReadonlySet<string>): boolean {
  return asked.has(term) || [...asked].some((a) => a.length >= DEMONYM_STEM && term.startsWith(a));
}

/** Whether a term is a role word or an abbreviated title ("ceo"), not a name. */
function isRoleTerm(term: string): boolean {
  return ROLE_HEADS.has(term) || ROLE_MODIFIERS.has(term) || spelledOut(term) !== undefined;
}

/** A role's head or an abbreviated title, as typed: "judge", "minister", "CEO", "DG". */
export function isRoleWord(word: string): boolean {
  return ROLE_HEADS.has(word.toLowerCase()) || spelledOut(word) !== undefined;
}
