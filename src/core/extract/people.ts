import type { Passage } from '../types.js';
import { editDistance } from '../text/editDistance.js';
import type { Token } from '../text/tokenize.js';
import { isCapitalised, isPossessive, tokenize } from '../text/tokenize.js';
import { GIVEN_NAMES, genderOfGivenName } from './givenNames.js';
import { NEVER_NAMES, NON_PERSON_NAME_WORDS, POST_NOMINALS, SPEECH_VERBS } from './lexicon.js';
import type { NameRun } from './nameRuns.js';
import { findNameRuns, PARTICLES, runText, trimRunStart } from './nameRuns.js';
import type { RoleSpan } from './rolePhrase.js';
import {
  addressAfterTitle,
  appointsBefore,
  appositionAfter,
  leavesPost,
  isHonorific,
  isRoleHead,
  isRoleQualifier,
  activityRole,
  appositionHeldToo,
  counselSideBefore,
  founderBy,
  predicateRole,
  roleAfterAs,
  roleText,
  sharedTitleBefore,
  titleBefore,
  whoseRoleBefore,
} from './rolePhrase.js';
import type { TimedRole } from './roleTime.js';
import { hasDied, isNewlyGiven, outlivesHolder, roleInTime, rolesInTime, startsLater } from './roleTime.js';

/** A person of one article, under the fullest name the article gives. */
export interface ArticlePerson {
  name: string;
  /** Roles as written (words of time aside), each with its time and the passage that states it; first stated first. */
  roles: (TimedRole & { passageIndex: number })[];
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
  /** The passages' capitalised runs, shared with the other extractors too. */
  runs: NameRun[][];
}

/** A capitalised run that may be a person's name, with the evidence around it. */
interface Candidate {
  passageIndex: number;
  from: number;
  to: number;
  words: string[];
  roles: TimedRole[];
  /** A title, an honorific, an apposition or a verb of saying marks it as a person. */
  marked: boolean;
  /** Not a name by itself, but the surname of a person named before. */
  linkOnly?: true;
  /** "Mr MacFarlane": an honorific is enough for a surname alone to be a person. */
  honorific?: true;
  /** Only its given name ("Steve …") says it is a person. */
  givenOnly?: true;
  /** The sentence says the person takes up a post later ("… and takes office on April 1"). */
  startsLater?: true;
  /** The sentence says the person died. */
  died?: true;
}

const MAX_NAME_TOKENS = 4;
const PERSON_MARKERS_BEFORE = new Set(['according to', 'quoted', 'quoting', 'by']);

/**
 * The people an article names: a capitalised name is a person when a title, an honorific, an apposition
 * or a verb of saying marks it so; later mentions by surname or partial name are linked to the full name.
 */
export function extractPeople(passages: Passage[]): ArticlePeople {
  const tokens = passages.map((p) => tokenize(p.text));
  const things = new Set<string>();
  const runs = tokens.map(findNameRuns);
  const candidates = passages.flatMap((p, i) => findCandidates(p.text, tokens[i]!, runs[i]!, i, things));
  // "Northrop Grumman" starts like a person, but "the Northrop Grumman KC-45", "Northrop Grumman CEO Ron Sugar"
  // use it as the name of a thing.
  for (const c of candidates)
    if (c.givenOnly && things.has(c.words.join(' ').toLowerCase())) c.marked = false;
  const people: ArticlePerson[] = [];
  const names: PersonName[] = [];
  const byKey = new Map<string, number>();
  const register = (words: string[]): number => {
    const key = nameKey(words);
    let index = byKey.get(key);
    if (index === undefined) {
      index = people.length;
      people.push({ name: words.join(' '), roles: [], mentions: [] });
      names.push(personName(words.join(' ')));
      byKey.set(key, index);
    } else if (words.join(' ').length > people[index]!.name.length) {
      people[index]!.name = words.join(' ');
      names[index] = personName(words.join(' '));
    }
    return index;
  };
  // Full names first, so that surnames and titles met before or after can be linked to them.
  for (const c of candidates) if (c.marked && !isSurname(c.words)) register(c.words);
  for (const c of candidates) {
    if (!c.marked || !isSurname(c.words) || findPerson(names, c.words) !== undefined) continue;
    // "John McCain spoke. … Senator McCain said": the title marks the full name given earlier or later.
    const surname = c.words.at(-1);
    const full = candidates.find((o) => !isSurname(o.words) && o.words.at(-1) === surname);
    if (full) register(full.words);
    else if (c.roles.length > 0 || c.honorific) register(c.words);
  }
  // The passages where a person is said to take up a post later, and the people who died.
  const startingLater = new Map<number, number[]>();
  const dead = new Set<number>();
  // "Goran Marić … Marić said": a surname two people share is the one named last.
  const lastNamed = new Map<number, number>();
  for (const [order, c] of candidates.entries()) {
    const index = findPerson(names, c.words, !c.linkOnly, (i) => lastNamed.get(i) ?? -1);
    if (index === undefined) continue;
    lastNamed.set(index, order);
    const person = people[index]!;
    if (c.startsLater) startingLater.set(index, [...(startingLater.get(index) ?? []), c.passageIndex]);
    if (c.died) dead.add(index);
    const passageTokens = tokens[c.passageIndex]!;
    person.mentions.push({
      person: index,
      passageIndex: c.passageIndex,
      start: passageTokens[c.from]!.start,
      end: passageTokens[c.to - 1]!.end,
      fromToken: c.from,
      toToken: c.to,
    });
    for (const role of c.roles) addRole(person, role, c.passageIndex);
  }
  addPronounRoles(passages, tokens, people);
  addPronounsStartingLater(passages, people, startingLater);
  people.forEach((person, index) => {
    for (const role of person.roles) {
      if (role.time !== 'current') continue;
      // "was appointed director-general last Friday and takes office on April 1": not hers yet.
      if (role.appointed && takenUpLater(role, passages, startingLater.get(index) ?? []))
        role.time = 'future';
      if (dead.has(index) && !outlivesHolder(role.role)) role.time = 'former';
    }
    person.roles = withoutContainedRoles(person.roles);
  });
  return { people: people.filter((p) => p.mentions.length > 0), tokens, runs };
}

/** A role the article states of a person, merged with the same role stated before. */
function addRole(person: ArticlePerson, role: TimedRole, passageIndex: number): void {
  const same = person.roles.find((r) => sameRole(r.role, role.role));
  // A role the article calls former is not stated as held, unless someone is appointed to it again.
  if (same?.time === 'current' && role.time === 'former') same.time = 'former';
  if (same?.time === 'former' && role.appointed) same.time = 'current';
  if (!same) person.roles.push({ ...role, passageIndex });
}

/**
 * "Open Larder was set up by Fr Declan Moriarty. He is now the charity's chairman.": a sentence opened by
 * "He" or "She" says of the person the sentence before it opens with, or else of the one person it names (in
 * the same paragraph, and of no other gender), the roles its verb would say of a name.
 */
function addPronounRoles(passages: Passage[], tokens: Token[][], people: ArticlePerson[]): void {
  passages.forEach((passage, at) => {
    const pronoun = /^(?:He|She)$/.exec(tokens[at]![0]?.text ?? '')?.[0];
    const previous = passages[at - 1];
    if (!pronoun || previous?.paragraph !== passage.paragraph) return;
    const named = people.filter((p) => p.mentions.some((m) => m.passageIndex === at - 1));
    // The sentence's subject, named first, or the one person it names.
    const subject = named.find((p) => p.mentions.some((m) => m.passageIndex === at - 1 && m.fromToken === 0));
    const person = subject ?? (named.length === 1 ? named[0] : undefined);
    if (!person) return;
    const gender = genderOfGivenName(person.name.split(' ')[0]!.toLowerCase());
    if (gender && gender !== (pronoun === 'He' ? 'male' : 'female')) return;
    for (const { span, time, appointed } of predicateRole(passage.text, tokens[at]!, 1))
      addRole(
        person,
        {
          ...roleInTime(roleText(passage.text, tokens[at]!, span), time),
          ...(appointed ? { appointed } : {}),
        },
        at,
      );
  });
}

/**
 * "She will take office on July 1": a sentence opened by "He" or "She" that says a post is taken up later is
 * of the person appointed last before it.
 */
function addPronounsStartingLater(
  passages: Passage[],
  people: ArticlePerson[],
  startingLater: Map<number, number[]>,
): void {
  passages.forEach((passage, at) => {
    const pronoun = /^(?:He|She)\s/.exec(passage.text);
    if (!pronoun || !startsLater(passage.text.slice(pronoun[0].length))) return;
    let appointee: number | undefined;
    let latest = -1;
    people.forEach((person, index) => {
      for (const role of person.roles)
        if (role.appointed && role.passageIndex < at && role.passageIndex > latest)
          [appointee, latest] = [index, role.passageIndex];
    });
    if (appointee !== undefined) startingLater.set(appointee, [...(startingLater.get(appointee) ?? []), at]);
  });
}

/**
 * Whether a post given by appointment is taken up after the article's date: the person is said to take it up
 * later in the same paragraph, or further on when the appointment names no year (one that does was made
 * long before: "was promoted to head of womenswear in 2009").
 */
function takenUpLater(role: ArticlePerson['roles'][number], passages: Passage[], later: number[]): boolean {
  const appointment = passages[role.passageIndex]!;
  return later.some(
    (at) =>
      at >= role.passageIndex &&
      (passages[at]!.paragraph === appointment.paragraph || !/\b(?:1[89]|20)\d\d\b/.test(appointment.text)),
  );
}

/** The name candidates of a passage; names used as things (after "the", before a title) are added to `things`. */
function findCandidates(
  text: string,
  tokens: Token[],
  runs: NameRun[],
  passageIndex: number,
  things: Set<string>,
): Candidate[] {
  const candidates: Candidate[] = [];
  const spansOf = new Map<Candidate, RoleSpan[]>();
  for (const raw of runs) {
    const { run, office } = withoutPostNominal(tokens, trimRunStart(tokens, raw));
    if (run.to <= run.from) continue;
    const split = splitTitleFromName(tokens, run.from, run.to);
    let titleWord = run.from;
    while (titleWord < run.to && !isRoleQualifier(tokens[titleWord]!)) titleWord++;
    if (titleWord > run.from && titleWord < run.to) {
      things.add(runText(text, tokens, run.from, titleWord).toLowerCase());
    }
    if (DETERMINERS.has(tokens[run.from - 1]?.text.toLowerCase() ?? ''))
      things.add(runText(text, tokens, run.from, run.to).toLowerCase());
    if (!split) continue;
    const { from, to } = split;
    // "founded by the Kerrigan family": a surname before a noun of kin names the family, no one person.
    if (FAMILY_NOUNS.test(tokens[to]?.text ?? '')) continue;
    // "the Ministry of Foreign Affairs", "the Bank of Portland": what an organisation is of is no person.
    const of = /^(?:of|for)$/.test(tokens[from - 1]?.text ?? '');
    if (
      of &&
      isCapitalised(tokens[from - 2]) &&
      NON_PERSON_NAME_WORDS.has(tokens[from - 2]!.text.toLowerCase())
    )
      continue;
    const words = runText(text, tokens, from, to).split(' ');
    const written =
      titleBefore(tokens, from, to) ?? sharedTitleBefore(tokens, from, to) ?? counselSideBefore(tokens, from);
    // "committee chairman Cllr Derek Moss": a post, then the form of address the name takes.
    const withAddress = written && addressAfterTitle(tokens, written);
    const title = withAddress?.address ?? written;
    // "Oyelaran's coach, the former Olympiad captain Ruth Adeyemi,", "The orchestra's leader, violinist
    // Clara Mendes,": a title set off before the name's own.
    const outer = !title
      ? undefined
      : withAddress
        ? withAddress.post
        : tokens[title.from - 2]?.text === ',' && /^(?:the|a|an)$/i.test(tokens[title.from - 1]?.text ?? '')
          ? titleBefore(tokens, title.from - 1, to)
          : tokens[title.from - 1]?.text === ','
            ? titleBefore(tokens, title.from, to)
            : undefined;
    // "in Wyoming, the bank chief said": after "in", the phrase set off is the clause's subject, not an apposition.
    const placed = LOCATIVES.has(tokens[from - 1]?.text.toLowerCase() ?? '');
    const setOff = run.possessive || placed ? undefined : appositionAfter(tokens, to);
    // The verb that gives or takes the role comes before the title: "replaced coach Tom Reid as manager".
    const appointedAs =
      run.possessive || placed || setOff ? undefined : roleAfterAs(tokens, to, title?.from ?? from);
    const appointed = appointedAs !== undefined && appointsBefore(tokens, title?.from ?? from);
    const apposition = setOff ?? appointedAs;
    // Honorifics are capitalised: "Miss Smith", not "I will miss Steve".
    const honorific =
      (isCapitalised(tokens[from - 1]) && isHonorific(tokens[from - 1]!.text)) ||
      (tokens[from - 1]?.text === '.' &&
        isCapitalised(tokens[from - 2]) &&
        isHonorific(tokens[from - 2]!.text));
    // "Her successor as artistic director, Omar Qureshi, currently associate director at …": both are his.
    // "announced head of finance Daniel Ammann as its new president": the post he is given, besides.
    // Otherwise the title alone: an apposition after a title more often describes a past than a post.
    const left = leavesPost(text, tokens, to);
    // "The incoming health minister, Emil Varga, currently chairman of …": a title of another time leaves
    // the apposition the post held now.
    const titleInTime =
      title !== undefined &&
      (title.time !== undefined ||
        roleInTime(roleText(text, tokens, title)).time !== 'current' ||
        appositionHeldToo(tokens, to));
    // "Professor Ingrid Solheim, 44, head of the university's centre", "Lieutenant Colonel Grace Adeyemi,
    // commanding officer of …": a title of address (a rank) says what she is called, the apposition what she does.
    const addressed = title !== undefined && isTitleOfAddress(tokens, title);
    // "voted for another candidate, Vladimir Sotirov, the station's director of programming": a title with
    // "a" or "another" set off before the name is the person's part in the story, the apposition the post.
    const partInStory =
      title !== undefined &&
      apposition !== undefined &&
      tokens[title.to]?.text === ',' &&
      /^(?:a|an|another)$/i.test(tokens[title.from - 1]?.text ?? '');
    const roles = (
      titleInTime || appointed || addressed
        ? [outer, title, apposition]
        : [outer, partInStory ? apposition : (title ?? apposition)]
    )
      .filter((span): span is RoleSpan => span !== undefined)
      .flatMap((span) =>
        rolesInTime(roleText(text, tokens, span), left ? 'former' : span.time).map((role) => ({
          ...role,
          ...((appointed && span === appointedAs) || isNewlyGiven(spanText(text, tokens, span))
            ? { appointed: true as const }
            : {}),
        })),
      );
    if (office) roles.push(roleInTime(office));
    const whose = whoseRoleBefore(tokens, title?.from ?? from);
    if (whose) roles.push(roleInTime(roleText(text, tokens, whose)));
    if (title && title.to < from && isProfessorBefore(tokens, from)) roles.push(roleInTime('Professor'));
    const founded = founderBy(tokens, title?.from ?? from);
    if (founded && !roles.some((r) => outlivesHolder(r.role))) roles.push(roleInTime(founded));
    if (!run.possessive && !placed) {
      const activity = activityRole(tokens, to);
      if (activity) roles.push(roleInTime(roleText(text, tokens, activity), left ? 'former' : 'current'));
      for (const { span: said, time, appointed } of predicateRole(text, tokens, to))
        roles.push({
          ...roleInTime(roleText(text, tokens, said), time),
          ...(appointed ? { appointed } : {}),
        });
    }
    const given = words.length >= 2 && GIVEN_NAMES.has(words[0]!.toLowerCase());
    if (!isPlausibleName(words, given && (roles.length > 0 || honorific))) {
      // "said Press.": a surname that is also a word may still stand for a person named in full before.
      const speaking = words.length === 1 && isPlausibleName(words, true) && isSpeaker(tokens, from, to);
      if (speaking)
        candidates.push({ passageIndex, from, to, words, roles: [], marked: false, linkOnly: true });
      continue;
    }
    const evidence = roles.length > 0 || honorific || (words.length >= 2 && isSpeaker(tokens, from, to));
    // "Ashby General": a given name before a title's word is a name only with evidence ("John Major said").
    const givenOnly =
      !evidence &&
      given &&
      !DETERMINERS.has(tokens[from - 1]?.text.toLowerCase() ?? '') &&
      !isSurnameAfterGivenName(tokens, to - 1, from, to);
    const rest = text.slice(tokens[to - 1]!.end);
    const candidate: Candidate = {
      passageIndex,
      from,
      to,
      words,
      marked: evidence || givenOnly,
      ...(givenOnly ? { givenOnly: true as const } : {}),
      roles,
      ...(honorific ? { honorific: true as const } : {}),
      ...(startsLater(rest) ? { startsLater: true as const } : {}),
      ...(hasDied(rest, genderOfGivenName(words[0]!.toLowerCase())) ? { died: true as const } : {}),
    };
    candidates.push(candidate);
    spansOf.set(
      candidate,
      [outer, title, apposition].filter((span): span is RoleSpan => span !== undefined),
    );
  }
  return candidates.filter(
    (c) =>
      !candidates.some((other) =>
        (spansOf.get(other) ?? []).some((span) => namesOrganisation(tokens, span, c)),
      ),
  );
}

/**
 * "Its director, Prof. Anton Weiss, resigned", "A third candidate, Prof. Luís Farinha, …": a professor's title
 * behind a comma-set one is the person's too, and outlasts any post they leave.
 */
function isProfessorBefore(tokens: Token[], from: number): boolean {
  const at = tokens[from - 1]?.text === '.' ? from - 2 : from - 1;
  return /^Prof$/.test(tokens[at]?.text ?? '') && tokens[at - 1]?.text === ',';
}

/** A title a person is addressed by: capitalised words alone, a head last ("Detective Inspector", "Wing Commander"). */
function isTitleOfAddress(tokens: Token[], title: RoleSpan): boolean {
  const words = tokens.slice(title.from, title.to).filter((t) => t.text !== '.');
  if (words.length === 1) return isCapitalised(words[0]);
  return words.length <= 3 && words.every((t) => isCapitalised(t)) && isRoleHead(words.at(-1)!.text);
}

/**
 * "Ann Kluge MP": the name's run without the letters after it, and the office they name if any ("the
 * Northrop Grumman KC-45" is a thing's name).
 */
function withoutPostNominal(tokens: Token[], run: NameRun): { run: NameRun; office?: string } {
  const last = tokens[run.to - 1]?.text ?? '';
  if (run.to - run.from < 3 || !(last in POST_NOMINALS) || tokens[run.to]?.text === '-') return { run };
  return { run: { ...run, to: run.to - 1 }, ...(POST_NOMINALS[last] ? { office: last } : {}) };
}

/** The words of a role span as written. */
function spanText(text: string, tokens: Token[], span: RoleSpan): string {
  return text.slice(tokens[span.from]!.start, tokens[span.to - 1]!.end);
}

/**
 * "The music critic of the Bristol Evening Courier, Dennis Orley", "Rachel Ombudo, a partner at the
 * accountancy firm Pike Marlow": a name the article gives after "the" inside another person's title is what
 * that title is of, not a person; so is a single word.
 */
function namesOrganisation(tokens: Token[], span: RoleSpan, candidate: Candidate): boolean {
  if (candidate.from < span.from || candidate.to > span.to) return false;
  // "the widow of the former mayor John Smith": a name with its own title is a person.
  if (candidate.honorific || (candidate.from > 0 && isRoleQualifier(tokens[candidate.from - 1]!)))
    return false;
  // "head of Pell's European arm", "a consultant at Ernst & Young": one capitalised word inside a title is
  // part of what it is of.
  return (
    candidate.to - candidate.from === 1 ||
    tokens.slice(span.from, candidate.from).some((t) => /^the$/i.test(t.text))
  );
}

const FAMILY_NOUNS = /^(?:family|families|clan|dynasty)$/;

const LOCATIVES = new Set(['in', 'at', 'near', 'across', 'throughout', 'around', 'inside', 'outside']);

/** "the Ford Taurus", "the Holden Commodore": a determiner before a run makes it a thing, whatever its first word. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our']);

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
  for (let k = from; k < to; k++)
    if (isTitleWord(tokens[k]!) && !isSurnameAfterGivenName(tokens, k, from, to)) lastTitle = k;
  if (lastTitle >= 0) {
    let start = lastTitle + 1;
    while (start < to && tokens[start]!.text === '.') start++;
    return start < to ? { from: start, to } : undefined;
  }
  if (followsTitleAndPreposition(tokens, from)) {
    // Only a run of three or more words holds both the place and a name; a given name says where the name
    // starts. One that owns what follows names the organisation: "president of the Cerro Pardo Mineworkers' Union".
    const length = to - from;
    if (length < 3 || isPossessive(tokens[to])) return undefined;
    for (let k = from + 1; k < to - 1; k++) {
      if (GIVEN_NAMES.has(tokens[k]!.text.toLowerCase())) return { from: k, to };
    }
    const nameLength = length >= 4 && /^\p{Lu}\.$/u.test(tokens[to - 2]!.text) ? 3 : 2;
    return { from: to - nameLength, to };
  }
  return { from, to };
}

/** A role's head or an honorific, abbreviated or not: "Minister", "Sgt.", "Dr". */
function isTitleWord(token: Token): boolean {
  const word = token.text.replace(/\.$/, '');
  return isRoleHead(word) || isHonorific(word);
}

/** "John Major", "Stephen King", "Ruth Dean": a title's word closing a run after a given name is a surname. */
function isSurnameAfterGivenName(tokens: Token[], at: number, from: number, to: number): boolean {
  return (
    at === to - 1 &&
    at > from &&
    isTitleWord(tokens[at]!) &&
    GIVEN_NAMES.has(tokens[at - 1]!.text.toLowerCase())
  );
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

/**
 * Capitalised words that can be a person's name: no acronym, no word that heads an organisation's or a
 * thing's name ("General Motors", "Fort Pitt Capital Group") — unless the name starts with a given name and
 * a title or apposition vouches for it ("Jim Press, the Vice Chairman of Chrysler").
 */
function isPlausibleName(words: string[], vouched: boolean): boolean {
  if (words.length === 0 || words.length > MAX_NAME_TOKENS) return false;
  const first = words[0]!.toLowerCase();
  if (NEVER_NAMES.has(first) && !(words.length > 1 && GIVEN_NAMES.has(first))) return false;
  return words.every((word, i) => {
    const bare = word.replace(/\.$/, '').toLowerCase();
    const namesAThing = bare.split('-').some((part) => NON_PERSON_NAME_WORDS.has(part));
    if (namesAThing && !vouched && !(i === 0 && GIVEN_NAMES.has(bare))) return false;
    if (/^\p{Lu}\.$/u.test(word) || /^\p{Ll}+$/u.test(word)) return true; // initial or particle
    if (/^\p{Lu}{2,}$/u.test(word)) return false; // acronym: EU, UNDP
    return /^[\p{Lu}][\p{L}\p{M}'’-]*$/u.test(word);
  });
}

/** A verb of saying right after the name or before it, "according to" before it, or ", who" after it. */
function isSpeaker(tokens: Token[], from: number, to: number): boolean {
  if (to - from === 1 && tokens[to]?.text === ',' && SPEECH_VERBS.has(tokens[to + 1]?.text ?? ''))
    return true;
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

/**
 * The person a name refers to: same first and last name, or a surname alone (of those who have it, the one
 * `namedAt` says was named last, else the first registered), or a
 * given name alone that only one person has ("Steve called podcasting …"); a surname misspelt by one letter
 * ("DesRoiser" for DesRosier, "Clements" for Clement) when `fuzzy`.
 */
function findPerson(
  names: PersonName[],
  named: string[],
  fuzzy = true,
  namedAt: (index: number) => number = () => -1,
): number | undefined {
  const words = isSurname(named) ? named.slice(-1) : named;
  const key = nameKey(words);
  let found: number | undefined;
  let byGiven: number | undefined;
  let givenCount = 0;
  names.forEach((name, index) => {
    if (name.key === key) found = index;
    else if (words.length === 1 && name.surname !== undefined) {
      if (name.surname === key && (found === undefined || namedAt(index) > namedAt(found))) found = index;
      if (name.given === key) [byGiven, givenCount] = [index, givenCount + 1];
    }
  });
  if (found !== undefined) return found;
  if (givenCount === 1 && GIVEN_NAMES.has(key)) return byGiven;
  // Only a name found no other way is compared letter by letter: an article of thousands of people would
  // otherwise compare each of its names with all the others.
  if (!fuzzy || words.length !== 1 || key.length < 6) return undefined;
  const near = names.findIndex(
    ({ surname }) =>
      surname !== undefined &&
      surname[0] === key[0] &&
      Math.abs(surname.length - key.length) <= 1 &&
      editDistance(key, surname) <= 1,
  );
  return near < 0 ? undefined : near;
}

/** A surname alone, or with its particles: "Vassilenko", "Van Damme", "de Vries" (a name of one word too). */
function isSurname(words: string[]): boolean {
  return words.slice(0, -1).every((w) => PARTICLES.has(w.toLowerCase()));
}

/** How a person's name is looked up: its key, and for a name of several words its surname and given name. */
interface PersonName {
  key: string;
  surname?: string;
  given?: string;
}

function personName(name: string): PersonName {
  const words = name.split(' ');
  if (words.length === 1) return { key: nameKey(words) };
  return {
    key: nameKey(words),
    surname: words[words.length - 1]!.toLowerCase(),
    given: words[0]!.toLowerCase(),
  };
}

function sameRole(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * "Speaker" adds nothing beside "Mazhilis Speaker" (of the same time), nor a headline's "rector of University
 * of Alvarenga" beside "rector of the University of Alvarenga".
 */
function withoutContainedRoles(roles: ArticlePerson['roles']): ArticlePerson['roles'] {
  const bare = (role: string) => role.toLowerCase().replace(/\b(?:the|a|an) /g, '');
  return roles.filter(
    (r) =>
      !roles.some(
        (other) =>
          other !== r &&
          other.time === r.time &&
          (other.role.toLowerCase().includes(r.role.toLowerCase()) ||
            (other.role.length > r.role.length && bare(other.role).includes(bare(r.role)))),
      ),
  );
}
