import type { Passage } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { isCapitalised, isPossessive } from '../text/tokenize.js';
import type { SpeakerReference } from './attributeQuote.js';
import { definedAcronyms, nameSpelling } from './acronyms.js';
import { attributeQuote } from './attributeQuote.js';
import type { Gender } from './givenNames.js';
import { genderOfGivenName } from './givenNames.js';
import {
  DOCUMENT_VERBS,
  DOCUMENTS,
  COMPANY_NOUNS,
  NATIONALITY_NOUNS,
  ORGANISATION_NOUNS,
  SPEAKING_BODIES,
  PERSON_PRONOUNS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  WRITING,
} from './lexicon.js';
import type { OrganisationMention } from './organisations.js';
import { findOrganisations } from './organisations.js';
import type { ArticlePeople, PersonMention } from './people.js';
import type { QuoteSpan } from './quotations.js';
import { findQuoteSpans, isSpeech } from './quotations.js';
import { reportedStatement } from './reportedSpeech.js';
import { isRoleHead } from './rolePhrase.js';

/** A quotation of an article and who said it: an index into the article's people, or an organisation, or neither. */
export interface ArticleQuote {
  passageIndex: number;
  span: QuoteSpan;
  speaker: number | null;
  /** The organisation that said it ("GM said in a statement"), when no person did. */
  organisation?: string;
  /** Said in other words, without quotation marks ("X said that …"): reported speech. */
  reported?: true;
  /** Nothing in its passage says who spoke: a short sentence after it may ("…” \n Mr Reid said."). */
  unattributed?: true;
  /** It stands alone after a quotation of the passage before, and carries on its speaker's words. */
  carriesOn?: true;
}

/**
 * Every quotation of an article that is speech, with its speaker, and every statement it reports in other
 * words ("X said that …", `reported`). A pronoun ("he added") stands for the subject of the sentence that
 * last named someone it can stand for, a description ("the minister said") for the person last named with
 * that role; "it said" and "the company said" for the organisation named last; an interrupted quotation
 * keeps its speaker; a passage that is only a quotation continues the quotation before it, or is the words
 * of the person the sentence before introduces.
 */
export function extractQuotes(passages: Passage[], { people, tokens, runs }: ArticlePeople): ArticleQuote[] {
  const mentions = people
    .flatMap((p) => p.mentions)
    .sort((a, b) => a.passageIndex - b.passageIndex || a.start - b.start);
  const spansByPassage = passages.map((p) => findQuoteSpans(p.text));
  const allMentions = new MentionsInOrder(mentions, passages.length);
  const outsideQuotes = new MentionsInOrder(
    mentions.filter(
      (m) => !spansByPassage[m.passageIndex]!.some((q) => m.start >= q.start && m.end <= q.end),
    ),
    passages.length,
  );
  // Worked out once a person: every pronoun of the article weighs the people named before it.
  const genders = people.map((person) => genderOf(person.name));
  // An organisation speaks under the full name the article gives it ("the UAW said": United Auto Workers).
  const acronyms = definedAcronyms(passages);
  const fullName = (organisation: string) => {
    if (!acronyms.has(organisation) && /^\p{Lu}{2,6}$/u.test(organisation))
      acronyms.set(organisation, nameSpelling(organisation, passages) ?? organisation);
    return acronyms.get(organisation) ?? organisation;
  };
  // British papers quote with single marks: an article with no double ones outside them (‘She told me, “Now
  // I can do my job,”’ is a quotation within one), that quotes someone with ‘…’ next to a verb of saying,
  // quotes with them throughout.
  const singleMarksQuote =
    !passages.some((p) => /[“"]/.test(p.text.replace(SINGLE_MARKED, ''))) &&
    passages.some((p) => SINGLE_MARKS_SPEECH.test(p.text));
  const quotes: ArticleQuote[] = [];
  let previous: ArticleQuote | undefined;
  // The person a "she" or "he" opening the passage before stands for ("She turned the draw down, …").
  let pronounOpener: number | undefined;
  // Every organisation named so far, in order: "the union said" looks back past the company named since.
  const namedOrganisations: string[] = [];
  passages.forEach((passage, passageIndex) => {
    const spans = spansByPassage[passageIndex]!;
    const passageTokens = tokens[passageIndex]!;
    const inQuote = (from: number) =>
      spans.some((q) => passageTokens[from]!.start >= q.start && passageTokens[from]!.end <= q.end);
    const here = allMentions.in(passageIndex);
    const personAt = (from: number, to: number) => here.some((m) => m.fromToken < to && from < m.toToken);
    const organisations = findOrganisations(
      passage.text,
      passageTokens,
      runs[passageIndex]!,
      personAt,
    ).filter((o) => !inQuote(o.from));
    // "The company said in a statement … “…,” the statement said": a document no person was said to write
    // is the organisation's named last.
    const issuer = (at: number) =>
      (organisations.filter((o) => o.to <= at).pop()?.name ?? namedOrganisations.at(-1))?.replace(
        /^the\s+/i,
        '',
      );
    const references = [
      ...speakerReferences(passageIndex, tokens, outsideQuotes, people, genders).map((r) => {
        const organisation = r.document && r.person === null ? issuer(r.from) : undefined;
        return organisation ? { ...r, organisation } : r;
      }),
      ...organisationReferences(passageTokens, organisations, namedOrganisations, inQuote),
    ];
    namedOrganisations.push(...organisations.map((o) => o.name));
    const statement = mayReport(passage.text, spans)
      ? reportedStatement(passage.text, passageTokens, references)
      : undefined;
    // "Kostova said she would accept that test.": a sentence that reports a statement of its own does not
    // say who spoke the quotation before it.
    if (spans.length === 0 && !statement) attributeBackwards(quotes, passageIndex, passageTokens, references);
    if (statement && !mostlyQuoted(passage.text, statement.span, spans)) {
      const { person, organisation } = statement.speaker;
      quotes.push({
        passageIndex,
        span: statement.span,
        speaker: person,
        ...(organisation ? { organisation: fullName(organisation) } : {}),
        reported: true,
      });
    }
    const found = spans.map((span) => attributeQuote(passageTokens, span, spans, references));
    const attributed = found.find((f) => f !== undefined);
    spans.forEach((span, i) => {
      const own = found[i];
      const nextToIt = own?.by === 'after' || own?.by === 'before';
      if (!isSpeech(passage.text, span, nextToIt, singleMarksQuote)) return;
      const by = own ?? attributed;
      let speaker = by?.person ?? null;
      let organisation = by?.organisation;
      let carriesOn = false;
      const onlyQuote =
        spans.length === 1 && span.start <= 1 && span.end >= passage.text.trimEnd().length - 1;
      if (own === undefined && attributed === undefined && onlyQuote) {
        if (previous && previous.passageIndex === passageIndex - 1) {
          speaker = previous.speaker;
          organisation = previous.organisation;
          carriesOn = true;
        } else speaker = pronounOpener ?? introducedBefore(outsideQuotes, tokens, passageIndex) ?? null;
      }
      const quote: ArticleQuote = {
        passageIndex,
        span,
        speaker,
        ...(organisation ? { organisation: fullName(organisation) } : {}),
        ...(by ? {} : { unattributed: true as const }),
        ...(carriesOn ? { carriesOn: true as const } : {}),
      };
      quotes.push(quote);
      previous = quote;
    });
    pronounOpener = openingPronoun(passageTokens, references);
  });
  return quotes;
}

/**
 * Whether a passage may report speech in other words: its quotations are a writer's word (a “historic”
 * plan) or words quoted inside the statement ("said the dam had been built “in full compliance”"), not a
 * quotation of its own (“…,” she said / she said: “…”); and it holds no closing mark of a quotation begun
 * before it.
 */
function mayReport(text: string, spans: QuoteSpan[]): boolean {
  const marks = (re: RegExp) => text.match(re)?.length ?? 0;
  const balanced = marks(/“/g) === marks(/”/g) && marks(/"/g) % 2 === 0;
  const inStatement = (span: QuoteSpan) => {
    const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, span.start - 40), span.start))?.[1] ?? '';
    return /^\p{L}+$/u.test(before) && !SPEECH_VERBS.has(before);
  };
  return (
    balanced && spans.every((span) => !span.open && (inStatement(span) || !isSpeech(text, span, false, true)))
  );
}

/**
 * A statement whose words outside its quotations are too few for a clause ("said the plan was “a disaster for
 * the town”") is that quotation's; "said he had warned about the embankment “at every budget meeting”" is one.
 * A quotation too short to be speech ("said the strike was “deeply regrettable”") leaves it the statement's.
 */
function mostlyQuoted(text: string, statement: QuoteSpan, spans: QuoteSpan[]): boolean {
  const inside = spans.filter(
    (q) => q.end > statement.start && q.start < statement.end && isSpeech(text, q, true, true),
  );
  if (inside.length === 0) return false;
  let unquoted = '';
  let at = statement.start;
  for (const q of inside) {
    unquoted += ` ${text.slice(at, Math.max(at, q.start))}`;
    at = Math.max(at, q.end);
  }
  unquoted += ` ${text.slice(at, statement.end)}`;
  return unquoted.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length < CLAUSE_WORDS;
}

/** A ‘…’ span: an apostrophe within a word ("can’t") does not close it. */
const SINGLE_MARKED = /‘(?:[^‘’]|’(?=\p{L}))*’(?!\p{L})/gu;
/**
 * ‘…,’ said X / ‘…,’ Ms X said / ‘…,’ the Fijian lock said / X said: ‘…’ / X said in a statement on the
 * club's website: ‘…’. (A ’ after a sentence's or a clause's mark closes a quotation: it is no apostrophe.)
 */
const SINGLE_MARKS_SPEECH =
  /[,.!?]’\s+(?:\S+\s+){0,3}(?:said|says|added|told)\b|\b(?:said|says|added|told \w+)(?:(?:[^.!?:‘’]|’\p{L}){0,60}:)?\s+‘/u;

/** How many passages back a quotation standing alone looks for the person it is introduced by. */
const INTRODUCED_WITHIN = 2;

/**
 * "Mayor Tomas Reid spoke to reporters after the vote.\n“We have done what we promised.”": a quotation
 * standing alone, with no quotation before it to carry on, is the words of the person the nearest passage
 * before it names first (its subject), within `INTRODUCED_WITHIN` passages.
 */
function introducedBefore(
  mentions: MentionsInOrder,
  tokens: Token[][],
  passageIndex: number,
): number | undefined {
  for (let p = passageIndex - 1; p >= Math.max(0, passageIndex - INTRODUCED_WITHIN); p--) {
    const first = mentions.in(p)[0];
    // "The police arrested Tomas Reid.": someone named after the verb was not introduced to speak.
    if (first) return isSubject(tokens[p]!, first) ? first.person : undefined;
  }
  return undefined;
}

/**
 * "She turned the draw down, and beat Viktor Halász.\n“I had prepared …”": the person a pronoun opening a
 * passage stands for is its subject, who a quotation standing alone after it is the words of.
 */
function openingPronoun(tokens: Token[], references: SpeakerReference[]): number | undefined {
  if (!PERSON_PRONOUNS.has(tokens[0]?.text.toLowerCase() ?? '')) return undefined;
  return references.find((r) => r.from === 0 && r.to === 1)?.person ?? undefined;
}

const DETERMINERS = new Set(['the', 'this', 'that']);
/** Prepositions after which an organisation is what someone speaks for, not who speaks. */
const SPOKEN_FOR = new Set(['for', 'of', 'at', 'from', 'with']);
const MAX_ATTRIBUTION_TOKENS = 8;
/** Words outside its quotations that make a statement a clause of its own, not the setting of a quotation. */
const CLAUSE_WORDS = 5;
/** Words that open a clause after a verb of saying: "Reyes said he doubted that." reports a statement of its own. */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'that', 'there']);

/**
 * “…,” “…”\nMr MacFarlane said.: a sentence that only says who spoke gives its speaker to the quotations of
 * the passage before it that have none.
 */
function attributeBackwards(
  quotes: ArticleQuote[],
  passageIndex: number,
  tokens: Token[],
  references: SpeakerReference[],
): void {
  if (!/^[.!]$/.test(tokens[tokens.length - 1]?.text ?? '')) return;
  const verb = tokens.findIndex((t) => SPEECH_VERBS.has(t.text));
  const speaker = references.find((r) => r.to === verb || r.from === verb + 1 || r.from === verb + 2);
  if (verb < 0 || !speaker || CLAUSE_SUBJECTS.has(tokens[verb + 1]?.text.toLowerCase() ?? '')) return;
  // "“…”\nKeane recalled the festival's early days as …": a longer sentence says who spoke when it opens with
  // the speaker and the verb.
  const opens = speaker.from === 0 && speaker.to === verb && speaker.person !== null;
  if (tokens.length > MAX_ATTRIBUTION_TOKENS && !opens) return;
  // A word besides the verb, the speaker's name and title, and the full stop.
  const saysMore = (t: Token, k: number) => k !== verb && !isCapitalised(t) && /\p{L}/u.test(t.text);
  // The passage before's quotations are the last ones found.
  for (let k = quotes.length - 1; k >= 0 && quotes[k]!.passageIndex === passageIndex - 1; k--) {
    const quote = quotes[k]!;
    // "“…,” he said.\n“…”\nHolm acknowledged the limits.", "… Prosecutors say otherwise.": a quotation that
    // carries on its speaker's is theirs; only a sentence of a speaker, a verb and no more ("Mr Reid said.")
    // gives it another.
    const carriedOn =
      quote.carriesOn && tokens.some((t, k) => saysMore(t, k) && (k < speaker.from || k >= speaker.to));
    if (!quote.unattributed || carriedOn) continue;
    quote.speaker = speaker.person;
    if (speaker.organisation) quote.organisation = speaker.organisation;
  }
}

/**
 * Organisations that may speak in a passage: those named as a clause's subject ("General Motors stated",
 * "The UAW issued statement saying") or speaking through its website or staff ("as stated on the Apple website"), and "it"
 * or "the company" before a verb of saying, which stand for
 * the organisation named last (in this passage, before them, or in one before it).
 */
function organisationReferences(
  tokens: Token[],
  organisations: OrganisationMention[],
  namedBefore: readonly string[],
  inQuote: (from: number) => boolean,
): SpeakerReference[] {
  const references: SpeakerReference[] = organisations
    .filter((o) => o.subject || o.through || afterAccordingTo(tokens, o.from) || setOffBeforeVerb(tokens, o))
    .map((o) => ({ from: o.from, to: o.to, person: null, organisation: o.name.replace(/^the\s+/i, '') }));
  tokens.forEach((token, i) => {
    const lower = token.text.toLowerCase();
    const noun = tokens[i + 1]?.text.toLowerCase() ?? '';
    const description = DETERMINERS.has(lower) && (ORGANISATION_NOUNS.has(noun) || SPEAKING_BODIES.has(noun));
    const to = description ? i + 2 : i + 1;
    // "the club said", "according to the club": a verb of saying after it, or "according to" before it.
    const speaks = SPEECH_VERBS.has(tokens[to]?.text ?? '');
    const source = description && afterAccordingTo(tokens, i + 1);
    if ((lower !== 'it' && !description) || !(speaks || source) || inQuote(i)) return;
    // "a spokeswoman for the union said": an unnamed person speaks, not the union.
    if (SPOKEN_FOR.has(tokens[i - 1]?.text.toLowerCase() ?? '')) {
      references.push({ from: i, to, person: null });
      return;
    }
    const before = organisations.filter((o) => o.to <= i).map((o) => o.name);
    const named = referredOrganisation(description ? noun : undefined, [...namedBefore, ...before], !speaks);
    if (named) references.push({ from: i, to, person: null, organisation: named.replace(/^the\s+/i, '') });
  });
  return references;
}

/**
 * "The regulator, the Conduct Board (CB), said", "…, the rail operator, Nordic Railways, said": a name set off
 * by commas, its acronym with it, right before a verb of saying.
 */
function setOffBeforeVerb(tokens: Token[], o: OrganisationMention): boolean {
  const opens = tokens[o.from - 1]?.text === 'the' ? o.from - 2 : o.from - 1;
  const defines = tokens[o.to]?.text === '(' && tokens[o.to + 2]?.text === ')';
  const end = defines ? o.to + 3 : o.to;
  return (
    tokens[opens]?.text === ',' && tokens[end]?.text === ',' && SPEECH_VERBS.has(tokens[end + 1]?.text ?? '')
  );
}

/** "according to the NMA", "according to Tamar": a name (or its article's noun) right after "according to". */
function afterAccordingTo(tokens: Token[], from: number): boolean {
  const at = tokens[from - 1]?.text.toLowerCase() === 'the' ? from - 1 : from;
  return tokens[at - 1]?.text.toLowerCase() === 'to' && tokens[at - 2]?.text.toLowerCase() === 'according';
}

/**
 * The organisation "it" or "the union" refers back to, of those named so far (`named`, in order): the last one
 * whose name holds the noun ("the Aviation Workers Union"), else the last one whose name says no other kind
 * ("the company said" after a union spoke is the company named before it), else the last one. With
 * `kindNamed` ("according to the council"), only a name that says its kind.
 */
function referredOrganisation(
  noun: string | undefined,
  named: readonly string[],
  kindNamed: boolean,
): string | undefined {
  if (noun === undefined) return named.at(-1);
  const kinds = (name: string) =>
    name
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => ORGANISATION_NOUNS.has(w) || SPEAKING_BODIES.has(w));
  const sameKind = (kind: string) => kind === noun || (COMPANY_NOUNS.has(kind) && COMPANY_NOUNS.has(noun));
  const ofKind = named.findLast((name) => kinds(name).includes(noun));
  // "according to the council" has no verb that a subject would agree with: only a name that says it is one.
  if (kindNamed) return ofKind ?? named.findLast((name) => kinds(name).some(sameKind));
  return ofKind ?? named.findLast((name) => kinds(name).every(sameKind)) ?? named.at(-1);
}

/** The gender a person's given name usually has, if the name has one. */
function genderOf(name: string): Gender | undefined {
  return genderOfGivenName(name.split(' ')[0]!.toLowerCase());
}

/** Names, pronouns and descriptions of the passage that may be a quotation's speaker. */
function speakerReferences(
  passageIndex: number,
  allTokens: Token[][],
  mentions: MentionsInOrder,
  people: ArticlePeople['people'],
  genders: (Gender | undefined)[],
): SpeakerReference[] {
  const tokens = allTokens[passageIndex]!;
  const references: SpeakerReference[] = mentions
    .in(passageIndex)
    .map((m) => ({ from: m.fromToken, to: m.toToken, person: m.person }));
  const latestBefore = (offset: number, test: (m: PersonMention) => boolean = () => true) =>
    mentions.latestBefore(passageIndex, offset, test);
  // "Tom Reid met Paul Nagy on Monday. He said …": a pronoun stands for the subject of the sentence that
  // last named someone it can stand for — its first such person — more often than for the last one named.
  const subjectBefore = (offset: number, test: (m: PersonMention) => boolean = () => true) => {
    const latest = latestBefore(offset, test);
    if (!latest) return undefined;
    // A possessive is no subject: "Tomas Reid’s lawyer, Paul Nagy, spoke. He said …" is Nagy.
    const owner = (m: PersonMention) => isPossessive(allTokens[m.passageIndex]![m.toToken]);
    return (
      mentions.in(latest.passageIndex).find((m) => test(m) && m.start <= latest.start && !owner(m)) ?? latest
    );
  };
  tokens.forEach((token, i) => {
    const lower = token.text.toLowerCase();
    if (PERSON_PRONOUNS.has(lower)) {
      // "she added" after a man and a woman were named means the woman; with no name to tell, the latest person.
      // A name known to agree beats one whose gender is unknown ("Keogh and Lenz met … he said": Tobias Lenz).
      const own: Gender = lower === 'she' ? 'female' : 'male';
      const known = (m: PersonMention) => genders[m.person] === own;
      // "She founded the Quayside Playhouse": a name after "the" is a place or a body's, whoever took it for a person's.
      const agrees = (m: PersonMention) =>
        genders[m.person] !== (own === 'male' ? 'female' : 'male') &&
        !afterThe(allTokens[m.passageIndex]!, m);
      const nearest = latestBefore(token.start, agrees);
      const sure = latestBefore(token.start, known);
      const test = sure && nearest && sure.passageIndex === nearest.passageIndex ? known : agrees;
      const antecedent = subjectBefore(token.start, test) ?? subjectBefore(token.start);
      references.push({ from: i, to: i + 1, person: antecedent?.person ?? null });
      return;
    }
    // "His verdict, posted on Twitter: “…”": a possessive opening a sentence, for the person "he" would be.
    if ((token.text === 'His' || token.text === 'Her') && (i === 0 || /^[.!?]$/.test(tokens[i - 1]!.text))) {
      const own: Gender = lower === 'her' ? 'female' : 'male';
      const antecedent = subjectBefore(
        token.start,
        (m) => genders[m.person] !== (own === 'male' ? 'female' : 'male'),
      );
      references.push({ from: i, to: i + 1, person: antecedent?.person ?? null, owner: true });
      return;
    }
    // "“…,” the email said", "“…,” it read": the document speaks for whoever was last said to write one.
    const document = documentAt(tokens, i);
    if (document) {
      const writer = latestBefore(token.start, (m) => writesNear(allTokens[m.passageIndex]!, m));
      references.push({ from: i, to: document, person: writer?.person ?? null, document: true });
      return;
    }
    if (INDEFINITES.has(lower)) {
      const unnamed = unnamedSpeaker(tokens, i);
      if (unnamed) references.push(unnamed);
      return;
    }
    // "“…,” the 61-year-old told the BBC": the person last named (a surname alone, as often, names them again).
    if (lower === 'the' && tokens[i + 1]?.kind === 'number' && tokens[i + 3]?.text === 'year-old') {
      const described = subjectBefore(token.start);
      references.push({ from: i, to: i + 4, person: described?.person ?? null });
      return;
    }
    // "the minister said", "the Deputy Foreign Minister added": the latest person with that role.
    if (!DETERMINERS.has(lower)) return;
    const epithet = epithetAt(tokens, i);
    if (epithet) {
      const before = passageIndex > 0 ? mentions.in(passageIndex - 1)[0] : undefined;
      const opener = before && opensSentence(allTokens[passageIndex - 1]!, before) ? before.person : null;
      references.push({ from: i, to: epithet, person: opener });
      return;
    }
    let j = i + 1;
    while (
      j < tokens.length &&
      ROLE_MODIFIERS.has(tokens[j]!.text.toLowerCase()) &&
      !isRoleHead(tokens[j]!.text)
    )
      j++;
    const head = tokens[j];
    // "the mayor's office said": the office speaks, not the mayor.
    if (
      !head ||
      !isRoleHead(head.text) ||
      (tokens[j + 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[j + 1]!.text)) ||
      isPossessive(tokens[j + 1])
    )
      return;
    const word = head.text.toLowerCase();
    const holds = (m: PersonMention) =>
      people[m.person]!.roles.some((r) => r.role.toLowerCase().includes(word));
    // "The critic of the Daily Ledger, Simon Achterberg, found": the name set off right after it is the
    // holder, not a critic named before; "said the senior market strategist for Invesco AIM, Fritz Meyer":
    // the name may follow in the sentence.
    const later = mentions.in(passageIndex).filter((m) => m.start > token.start && holds(m));
    const apposed = later.find(
      (m) => m.fromToken - j <= APPOSED_WITHIN && tokens[m.fromToken - 1]?.text === ',',
    );
    const holder = apposed ?? latestBefore(token.start, holds) ?? later[0];
    references.push({ from: i, to: j + 1, person: holder?.person ?? null });
  });
  return references;
}

/** Capitalised words a description may open with: "the Fijian lock", "the former Arsenal striker". */
const EPITHET_WORDS = 3;

/**
 * Where a description of a person that is no role ends, when one starts at `i` and a verb of saying follows it:
 * "the Fijian lock said", "the Dutchman said". It stands for the person the sentence just before opens with, as
 * its subject, as sports and feature writing name someone again by what they are; a noun for an organisation ("the club said") or a
 * document, a plural, or a role ("the minister said", read by its role) is no such description.
 */
function epithetAt(tokens: Token[], i: number): number | undefined {
  let j = i + 1;
  while (j < i + EPITHET_WORDS && /^\p{Lu}\p{Ll}+$/u.test(tokens[j]?.text ?? '')) j++;
  const noun = tokens[j]?.text ?? '';
  if (!/^\p{Ll}+$/u.test(noun) || !SPEECH_VERBS.has(tokens[j + 1]?.text ?? '')) return undefined;
  // "the report said", "the prosecution said": with no nationality, club or place to describe, a noun names
  // a document or a body as often as a person.
  if (j === i + 1 && !NATIONALITY_NOUNS.has(noun)) return undefined;
  const other =
    ORGANISATION_NOUNS.has(noun) ||
    SPEAKING_BODIES.has(noun) ||
    DOCUMENTS.has(noun) ||
    noun.endsWith('s') ||
    isRoleHead(noun) ||
    ROLE_MODIFIERS.has(noun);
  return other ? undefined : j + 1;
}

/** How many words after a description's head the name set off after it may come ("the critic of the Daily Ledger, X"). */
const APPOSED_WITHIN = 8;

/**
 * Where a document that speaks ends, when one starts at `i`: "the email said", "her letter read", "it
 * read" ("it said" is an organisation's, see `organisationReferences`).
 */
function documentAt(tokens: Token[], i: number): number | undefined {
  const lower = tokens[i]!.text.toLowerCase();
  const verb = (k: number) => {
    const word = tokens[k]?.text.toLowerCase() ?? '';
    return SPEECH_VERBS.has(word) || DOCUMENT_VERBS.has(word);
  };
  if (lower === 'it' && DOCUMENT_VERBS.has(tokens[i + 1]?.text.toLowerCase() ?? '')) return i + 1;
  const determiner = DETERMINERS.has(lower) || OWNERS.has(lower);
  if (determiner && DOCUMENTS.has(tokens[i + 1]?.text.toLowerCase() ?? '') && verb(i + 2)) return i + 2;
  return undefined;
}

const OWNERS = new Set(['his', 'her', 'their']);
/** How many words either side of a name its sentence may say it wrote something in. */
const WRITING_WITHIN = 25;

/** Whether the sentence of a mention says something was written, sent or issued (or names a document). */
function writesNear(tokens: Token[], mention: PersonMention): boolean {
  const said = (k: number) => {
    const word = tokens[k]!.text.toLowerCase();
    return DOCUMENTS.has(word) || WRITING.has(word);
  };
  for (let k = mention.toToken; k < Math.min(tokens.length, mention.toToken + WRITING_WITHIN); k++) {
    if (/^[.!?]$/.test(tokens[k]!.text)) break;
    if (said(k)) return true;
  }
  for (let k = mention.fromToken - 1; k >= Math.max(0, mention.fromToken - WRITING_WITHIN); k--) {
    if (/^[.!?]$/.test(tokens[k]!.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) break;
    if (said(k)) return true;
  }
  return false;
}

/** How far back a pronoun or a description looks for the person it stands for: far enough for any article. */
const MENTIONS_BACK = 400;

/** An article's person mentions in text order, found by passage in constant time, so a long article costs no more per passage than a short one. */
class MentionsInOrder {
  /** The index in `all` of each passage's first mention; one more entry for the end. */
  private readonly starts: number[];

  constructor(
    private readonly all: PersonMention[],
    passages: number,
  ) {
    this.starts = new Array<number>(passages + 1);
    let k = 0;
    for (let p = 0; p <= passages; p++) {
      while (k < all.length && all[k]!.passageIndex < p) k++;
      this.starts[p] = k;
    }
  }

  in(passageIndex: number): PersonMention[] {
    return this.all.slice(this.starts[passageIndex], this.starts[passageIndex + 1]);
  }

  /** The latest mention before `offset` of a passage (in it or in one before) that passes `test`. */
  latestBefore(
    passageIndex: number,
    offset: number,
    test: (m: PersonMention) => boolean,
  ): PersonMention | undefined {
    let k = this.starts[passageIndex + 1]! - 1;
    while (k >= this.starts[passageIndex]! && this.all[k]!.start >= offset) k--;
    for (const stop = Math.max(0, k - MENTIONS_BACK); k >= stop; k--)
      if (test(this.all[k]!)) return this.all[k];
    return undefined;
  }
}

/** Words that open a mention of someone left unnamed: "a senior official", "one resident". */
const INDEFINITES = new Set(['a', 'an', 'one', 'another']);
/** Nouns for people that news leaves unnamed: "one resident said", "a witness told the court". */
const UNNAMED_PEOPLE = new Set(
  `resident residents witness source person man woman passenger worker neighbour neighbor fan voter
  shopper parent mother father student villager onlooker bystander survivor victim relative friend
  colleague insider local`.split(/\s+/),
);
/** How far after its noun the verb of an unnamed speaker may come: "a spokesman for Kestrel Mining said". */
const UNNAMED_VERB_WITHIN = 6;

/**
 * "one resident said", "said a senior official", "a spokesman for the company said": someone the article
 * does not name speaks, and no one else named nearby is the speaker.
 */
function unnamedSpeaker(tokens: Token[], at: number): SpeakerReference | undefined {
  let noun = at + 1;
  while (
    noun < at + 3 &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[noun]?.text ?? '') &&
    !isPersonNoun(tokens[noun]!.text)
  )
    noun++;
  if (!isPersonNoun(tokens[noun]?.text ?? '')) return undefined;
  const verbBefore = SPEECH_VERBS.has(tokens[at - 1]?.text ?? '');
  let verbAfter = false;
  for (let k = noun + 1; k <= noun + UNNAMED_VERB_WITHIN && k < tokens.length; k++) {
    if (SPEECH_VERBS.has(tokens[k]!.text)) verbAfter = true;
    if (verbAfter || tokens[k]!.kind === 'punct') break;
  }
  return verbBefore || verbAfter ? { from: at, to: noun + 1, person: null } : undefined;
}

function isPersonNoun(word: string): boolean {
  return /^\p{Ll}/u.test(word) && (isRoleHead(word) || UNNAMED_PEOPLE.has(word));
}

function afterThe(tokens: Token[], mention: PersonMention): boolean {
  return tokens[mention.fromToken - 1]?.text.toLowerCase() === 'the';
}

/** Whether a mention is the subject its sentence opens with, with no clause before it. */
function opensSentence(tokens: Token[], mention: PersonMention): boolean {
  return !tokens.slice(0, mention.fromToken).some((t) => t.text === ',') && isSubject(tokens, mention);
}

/**
 * Whether a mention opens its sentence (or the clause after its last comma) as its subject: nothing before
 * it but a title, its determiner, and possessives ("The club's manager, Pablo Ruiz, was asked …"), not a
 * verb ("The police arrested Tomas Reid").
 */
function isSubject(tokens: Token[], mention: PersonMention): boolean {
  // "Following some speculation …, chairman Dieter Zetsche denied it": a clause may come first.
  const clause = tokens.findLastIndex((t, k) => k < mention.fromToken && t.text === ',') + 1;
  return tokens
    .slice(clause, mention.fromToken)
    .every(
      (t, k, before) =>
        t.kind === 'punct' ||
        isCapitalised(t) ||
        isPossessive(t) ||
        isPossessive(before[k + 1]) ||
        DETERMINERS.has(t.text.toLowerCase()) ||
        ROLE_MODIFIERS.has(t.text.toLowerCase()) ||
        isRoleHead(t.text),
    );
}
