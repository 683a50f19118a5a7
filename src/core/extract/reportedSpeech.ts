import type { Token } from '../text/tokenize.js';
import type { SpeakerReference } from './attributeQuote.js';
import { datelineEnd } from '../text/dateline.js';
import { isCapitalised } from '../text/tokenize.js';
import { PERSON_PRONOUNS, REPORTING_VERBS, ROLE_MODIFIERS, TIME_WORDS } from './lexicon.js';
import { isHonorific, isRoleHead } from './rolePhrase.js';
import type { QuoteSpan } from './quotations.js';

/** A statement a passage reports without quotation marks, and who made it. */
export interface ReportedStatement {
  /** The statement's characters in the passage (no marks: `open` is false, `text` is the statement). */
  span: QuoteSpan;
  speaker: SpeakerReference;
}

/** A statement is a clause: at least this many words ("it would appeal"). */
const MIN_WORDS = 3;
/** How far after the verb its "that" may come: "told a meeting of growers in Bernkastel last week that …". */
const THAT_WITHIN = 10;
/**
 * "…, Deputy Foreign Minister Roman Vassilenko said during a two-day seminar on April 4 in Astana, reported
 * the ministry's press service.": the attribution's length at most, and what may follow its verb when that
 * is not a time, a place or a channel.
 */
const ATTRIBUTION_TOKENS = 32;
const SHORT_TAIL = 8;
/** What follows a verb of saying when the statement does not: a time, a place, a channel. */
const ADJUNCT_STARTS = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'to',
  'late',
  'earlier',
  'last',
  'this',
  'yesterday',
  'today',
  'while',
  'when',
  'as',
  'by',
  'from',
  'with',
  'through',
  'via',
  'also',
  'outside',
  'inside',
  'near',
  'ahead',
  'following',
  'later',
]);
/** Words between a subject and its verb of saying: "X has also said", "X had earlier said". */
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'also',
  'later',
  'then',
  'earlier',
  'previously',
  'again',
  'repeatedly',
  'already',
]);
/** How far into its sentence a subject that a later "and said" goes back to may start: "The presiding judge, X". */
const SUBJECT_WITHIN = 4;
/** Words a verb of saying takes as its object, not as the start of a statement. */
const NOT_STATEMENTS = new Set([
  'nothing',
  'little',
  'something',
  'anything',
  'so',
  'goodbye',
  'hello',
  'yes',
  'no',
  'thanks',
  'sorry',
]);
/** Verbs of saying whose object is a statement even without "that" ("X said the plan failed"). */
const CLAUSE_VERBS = new Set([
  'said',
  'says',
  'added',
  'adds',
  'insisted',
  'insists',
  'argued',
  'argues',
  'claimed',
  'claims',
  'believes',
  'thinks',
]);
/** Words that open a clause of its own after a comma: its verb of saying is not an attribution's. */
const CONJUNCTIONS = new Set([
  'and',
  'but',
  'or',
  'while',
  'so',
  'as',
  'because',
  'if',
  'when',
  'which',
  'who',
  'that',
]);

/**
 * The statement a passage with no quotation reports, in the ways news reports speech: "X said (that) …",
 * "…, X said.", "…, said X.", "According to X, …" and "…, according to X.". The speaker is a name, a
 * pronoun or a description standing for one, or an organisation (`references`); none, no statement.
 */
export function reportedStatement(
  text: string,
  tokens: Token[],
  references: SpeakerReference[],
): ReportedStatement | undefined {
  const named = references.filter((r) => r.person !== null || r.organisation !== undefined);
  if (named.length === 0 || tokens.length === 0) return undefined;
  for (const find of [accordingToFirst, attributionLast, saidThat]) {
    const found = find(tokens, named);
    if (!found) continue;
    const start = found.from === 0 ? datelineEnd(text) : tokens[found.from]!.start;
    const end = found.to >= tokens.length ? text.length : tokens[found.to]!.start;
    const statement = text
      .slice(start, end)
      .replace(/[\s,.;:]+$/, '')
      .trim();
    if (statement.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < MIN_WORDS) continue;
    const at = text.indexOf(statement, start);
    return {
      span: { start: at, end: at + statement.length, text: statement, open: false },
      speaker: found.speaker,
    };
  }
  return undefined;
}

interface Found {
  /** The statement's tokens, end exclusive. */
  from: number;
  to: number;
  speaker: SpeakerReference;
}

/** "According to X, the talks failed.": the statement follows the comma that closes the attribution. */
function accordingToFirst(tokens: Token[], named: SpeakerReference[]): Found | undefined {
  if (!isAccordingTo(tokens, 0)) return undefined;
  const comma = tokens.findIndex((t, k) => k > 2 && t.text === ',');
  const speaker = named.find((r) => r.from >= 2 && (comma < 0 || r.to <= comma));
  if (comma < 0 || !speaker) return undefined;
  // "According to Anna Berg, the finance minister, the budget …": past the speaker's description.
  const next = tokens.findIndex((t, k) => k > comma && t.text === ',');
  const described = next > 0 && named.some((r) => r.from === comma + 1 && r.to === next);
  return { from: (described ? next : comma) + 1, to: tokens.length, speaker };
}

/** "The talks failed, X said.", "…, said X on Monday.", "…, according to X.": the statement comes first. */
function attributionLast(tokens: Token[], named: SpeakerReference[]): Found | undefined {
  for (let comma = tokens.length - 2; comma > 0 && tokens.length - comma <= ATTRIBUTION_TOKENS; comma--) {
    if (tokens[comma]!.text !== ',') continue;
    const tail = (r: SpeakerReference) => r.from > comma;
    if (isAccordingTo(tokens, comma + 1)) {
      const speaker = named.find((r) => tail(r) && r.from <= comma + 6);
      if (speaker) return { from: 0, to: comma, speaker };
      continue;
    }
    const verb = tokens.findIndex((t, k) => k > comma && REPORTING_VERBS.has(t.text));
    // "The plan failed, and X said nothing": the tail is an attribution only, not a clause of its own, and
    // the sentence ends soon after its verb.
    if (verb < 0 || tokens.slice(comma + 1, verb).some((t) => CONJUNCTIONS.has(t.text))) continue;
    const after = tokens[verb + 1]?.text.toLowerCase() ?? '';
    const short = tokens.length - verb <= SHORT_TAIL || ADJUNCT_STARTS.has(after) || after === ',';
    if (!short && !named.some((r) => r.from === verb + 1 && !isPronoun(tokens[r.from]!))) continue;
    // "…, X said" / "…, X, the minister, said" (the name opens the tail) / "…, said X".
    const speaker =
      named.find(
        (r) => tail(r) && r.to <= verb && (r.from === comma + 1 || pastAcronym(tokens, r.to) === verb),
      ) ??
      (verb <= comma + 2
        ? named.find(
            (r) =>
              r.from > verb &&
              r.from <= verb + 6 &&
              titleOnly(tokens, verb + 1, r.from) &&
              !isPronoun(tokens[r.from]!),
          )
        : undefined);
    if (speaker && !describesSpeaker(tokens, comma, speaker, verb) && !statesAfter(tokens, speaker, verb))
      return { from: 0, to: titleBefore(tokens, comma, named), speaker };
  }
  return undefined;
}

/**
 * "Asked by the prosecutor why …, Vesk said the timing was a coincidence.": a verb whose subject stands before
 * it and whose object is a statement of its own ends no attribution; the statement is after it.
 */
function statesAfter(tokens: Token[], speaker: SpeakerReference, verb: number): boolean {
  const next = tokens[verb + 1];
  return (
    speaker.to <= verb &&
    CLAUSE_VERBS.has(tokens[verb]!.text) &&
    next?.kind === 'word' &&
    /^\p{Ll}/u.test(next.text) &&
    !ADJUNCT_STARTS.has(next.text) &&
    !NOT_STATEMENTS.has(next.text) &&
    tokens.slice(verb + 1).filter((t) => t.kind === 'word').length >= MIN_WORDS
  );
}

/**
 * "The club's head coach, Jorge Almada, said …": what opens the sentence up to the comma is the speaker's
 * description, when it ends with a role and the name after it is set off by a comma of its own before the verb,
 * not a statement ("The board will need a new chief executive, Almada said").
 */
function describesSpeaker(tokens: Token[], comma: number, speaker: SpeakerReference, verb: number): boolean {
  const opening = tokens.slice(0, comma);
  return (
    speaker.from === comma + 1 &&
    isRoleHead(opening.at(-1)?.text ?? '') &&
    !opening.some((t) => t.text === ',') &&
    tokens.slice(speaker.to, verb).some((t) => t.text === ',')
  );
}

/** "…, the mayor, Clara Benz, said.": the speaker's description set off before the name is no part of the statement. */
function titleBefore(tokens: Token[], comma: number, named: SpeakerReference[]): number {
  const previous = tokens.findLastIndex((t, k) => k < comma && t.text === ',');
  // "Mr. Reid, the mayor, said": the name may have its honorific before it.
  const opens = (r: SpeakerReference) =>
    tokens.slice(previous + 1, r.from).every((t) => t.text === '.' || isHonorific(t.text));
  return previous > 0 && named.some((r) => r.from > previous && opens(r) && r.to === comma)
    ? previous
    : comma;
}

/** "X said (on Monday) that the talks failed.", "X told reporters that …": the statement follows the verb. */
function saidThat(tokens: Token[], named: SpeakerReference[]): Found | undefined {
  for (let verb = 1; verb < tokens.length - 1; verb++) {
    if (!REPORTING_VERBS.has(tokens[verb]!.text)) continue;
    // "X said", "X has also said", "X, the minister, said" (the sentence's first name, set off by commas).
    let subjectEnd = verb;
    while (subjectEnd > Math.max(1, verb - 3) && AUXILIARIES.has(tokens[subjectEnd - 1]!.text)) subjectEnd--;
    // "The presiding judge, Aurelia Santi, has set aside three days, and said …", "Hobbs, who led the council
    // for ten years, has said …": the sentence's subject.
    const appositive = tokens[subjectEnd - 1]!.text === ',';
    // "…, and said", "kept her seat and said", "welcomed the appointment but warned that …": a second verb of
    // the sentence's subject.
    const joined = tokens[verb - 1]!.text === 'and' || tokens[verb - 1]!.text === 'but';
    // "…, the club's director of rugby, Phil Ennis, who said he hoped …": the name the relative follows.
    const relative = tokens[verb - 1]!.text === 'who' && tokens[verb - 2]?.text === ',';
    // "After meeting Leo Park, the union's lawyer, Ida Moss, said": the name set off before the verb first.
    const speaker =
      (appositive && !opensRelative(tokens, named[0]!)
        ? named.find((r) => setOffBefore(tokens, r, subjectEnd))
        : undefined) ??
      named.find(
        (r) =>
          pastAcronym(tokens, r.to) === subjectEnd ||
          (appositive && r === named[0] && tokens[pastAcronym(tokens, r.to)]?.text === ',' && r.to < verb) ||
          (joined && r === named[0] && opensSentence(tokens, r) && !isPronoun(tokens[r.from]!)) ||
          (relative && r.to === verb - 2),
      );
    if (!speaker) continue;
    const that = tokens.findIndex((t, k) => k > verb && k <= verb + THAT_WITHIN && t.text === 'that');
    const between = that > 0 ? tokens.slice(verb + 1, that) : [];
    // "said she would accept that test": a "that" with too few words after it to be a clause is a determiner.
    const clause = tokens.slice(that + 1).filter((t) => t.kind === 'word').length >= MIN_WORDS;
    // "said the smoke contained soot that could …": a verb whose object is a statement has begun it before
    // a "that" that no time, place or channel ("said on Monday that") leads to.
    const begun = CLAUSE_VERBS.has(tokens[verb]!.text) && between.length > 0 && startsStatement(between[0]!);
    if (that > 0 && clause && !begun && !between.some((t) => /^[.;:“"]$/.test(t.text)))
      return { from: that + 1, to: tokens.length, speaker };
    const told = clauseAfterListener(tokens, verb);
    if (told !== undefined) return { from: told, to: tokens.length, speaker };
    // Without "that", only a verb whose object is always a statement: "announced the launch" names a thing.
    // A time may stand between: "said on Tuesday the bank would cut 200 jobs".
    const from = afterTime(tokens, verb + 1);
    const next = tokens[from];
    if (
      !CLAUSE_VERBS.has(tokens[verb]!.text) ||
      (next?.kind !== 'word' && next?.kind !== 'number') ||
      ADJUNCT_STARTS.has(next.text.toLowerCase())
    )
      continue;
    // "said nothing about it": an object, not a statement.
    if (NOT_STATEMENTS.has(next.text.toLowerCase())) continue;
    return { from, to: tokens.length, speaker };
  }
  return undefined;
}

/** Words that open a clause's subject: "he had", "the team would". */
const SUBJECT_OPENERS = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'there',
  'the',
  'a',
  'an',
  'his',
  'its',
  'their',
]);
/** Verbs that make what follows a listener a clause ("the plan *would* fail"), not a thing told ("the news"). */
const FINITE_AUXILIARIES = new Set([
  'would',
  'will',
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'could',
  'should',
  'must',
  'can',
  'might',
  'did',
]);
/** How far into a clause its auxiliary may come: "the team would". */
const AUXILIARY_WITHIN = 5;

/**
 * "told him he had put his tenants in danger", "told the Courier the team would travel": after "told" and
 * its listener, where a clause with a subject and an auxiliary begins; or undefined.
 */
function clauseAfterListener(tokens: Token[], verb: number): number | undefined {
  if (tokens[verb]!.text !== 'told' && tokens[verb]!.text !== 'tells') return undefined;
  // The listener: one word in lower case ("him", "reporters", "parliament"), or a name ("(the) Courier").
  let at = verb + 1;
  if (tokens[at]?.text !== 'the' && /^\p{Ll}+$/u.test(tokens[at]?.text ?? '')) at++;
  else {
    if (tokens[at]?.text === 'the') at++;
    const name = at;
    while (isCapitalised(tokens[at])) at++;
    if (at === name) return undefined;
  }
  const subject = tokens[at];
  if (!subject || (!SUBJECT_OPENERS.has(subject.text.toLowerCase()) && !isCapitalised(subject)))
    return undefined;
  const clause = tokens.slice(at + 1, at + 1 + AUXILIARY_WITHIN);
  return clause.some((t) => FINITE_AUXILIARIES.has(t.text)) ? at : undefined;
}

/**
 * Whether a name is its sentence's subject: among its first words ("The presiding judge, X"), or set off by
 * commas after the description that opens it ("The Greens' only previous councillor, Ruth Abara, kept …").
 */
function opensSentence(tokens: Token[], r: SpeakerReference): boolean {
  if (r.from <= SUBJECT_WITHIN) return true;
  const before = tokens.slice(0, r.from - 1);
  return (
    tokens[r.from - 1]?.text === ',' && tokens[r.to]?.text === ',' && !before.some((t) => t.text === ',')
  );
}

/** "one woman, who gave only her first name, Donna, said": a name set off by commas right before the verb. */
function setOffBefore(tokens: Token[], r: SpeakerReference, subjectEnd: number): boolean {
  // "The regulator, the Conduct Board, said": an organisation's name may keep its article.
  const opens = tokens[r.from - 1]?.text === 'the' && r.organisation !== undefined ? r.from - 2 : r.from - 1;
  return tokens[opens]?.text === ',' && pastAcronym(tokens, r.to) === subjectEnd - 1;
}

/** "Mayor X, who defeated the then-mayor, Y, said": the name opens a relative clause, and is the subject. */
function opensRelative(tokens: Token[], r: SpeakerReference): boolean {
  return tokens[r.to]?.text === ',' && /^(?:who|whose)$/.test(tokens[r.to + 1]?.text ?? '');
}

/** A word a statement may open with after a verb of saying: not a time, a place, a channel, a name, or "nothing". */
function startsStatement(token: Token): boolean {
  const lower = token.text.toLowerCase();
  return (
    (token.kind === 'word' || token.kind === 'number') &&
    /^[\p{Ll}\d]/u.test(token.text) &&
    !ADJUNCT_STARTS.has(lower) &&
    !NOT_STATEMENTS.has(lower)
  );
}

/**
 * Past "(ACR)" at `at`, the acronym an organisation will go by ("The Mid-Valley River Forecast Center (MVRFC)
 * said"), or `at` itself.
 */
function pastAcronym(tokens: Token[], at: number): number {
  const acronym =
    tokens[at]?.text === '(' && tokens[at + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[at + 1]!.text);
  return acronym ? at + 3 : at;
}

/** Past a time right after a verb ("yesterday", "on Tuesday", "last week"), or `at` itself. */
function afterTime(tokens: Token[], at: number): number {
  const word = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  if (/^(?:yesterday|today|tonight|earlier|later|again)$/.test(word(at))) return at + 1;
  if (/^(?:on|last|this|next)$/.test(word(at)) && TIME_WORDS.has(word(at + 1))) return at + 2;
  return at;
}

function isAccordingTo(tokens: Token[], at: number): boolean {
  return tokens[at]?.text.toLowerCase() === 'according' && tokens[at + 1]?.text.toLowerCase() === 'to';
}

/** "said chief executive Leo Park": between the verb and the name, a title at most (not "in an interview that"). */
function titleOnly(tokens: Token[], from: number, to: number): boolean {
  return tokens
    .slice(from, to)
    .every(
      (t) =>
        isCapitalised(t) ||
        t.text === ',' ||
        /^(?:the|a|an)$/i.test(t.text) ||
        isRoleHead(t.text) ||
        ROLE_MODIFIERS.has(t.text.toLowerCase()),
    );
}

function isPronoun(token: Token): boolean {
  return PERSON_PRONOUNS.has(token.text.toLowerCase());
}
