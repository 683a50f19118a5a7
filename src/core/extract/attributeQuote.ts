import type { Token } from '../text/tokenize.js';
import { isPossessive } from '../text/tokenize.js';
import { isHonorific, isRoleHead } from './rolePhrase.js';
import {
  ABBREVIATED_ROLES,
  DOCUMENT_VERBS,
  DOCUMENTS,
  JUDGING_VERBS,
  SPEECH_VERBS,
  UTTERANCES,
  WRITING,
} from './lexicon.js';
import type { QuoteSpan } from './quotations.js';

/** Something in a passage that can be a speaker: a person's name, or a pronoun or description standing for one. */
export interface SpeakerReference {
  /** Token indexes, end exclusive. */
  from: number;
  to: number;
  /** The person it stands for (an index into the article's people), or null when it is unknown. */
  person: number | null;
  /** An organisation's name, when it is an organisation that speaks ("GM said", "the company said"). */
  organisation?: string;
  /**
   * "His verdict", "Her message": a possessive pronoun, which speaks only through what it owns ("His verdict:
   * “…”") and is no subject otherwise ("His lawyer said" is the lawyer).
   */
  owner?: true;
  /** "the email", "it" (before "read"): a document, speaking for the person it stands for, who wrote it. */
  document?: true;
}

/** How a speaker was found, from the most to the least direct evidence. */
export type Attribution = 'after' | 'before' | 'according-to' | 'sentence';

export interface SpeakerFound {
  person: number | null;
  organisation?: string;
  by: Attribution;
}

const MAX_GAP = 14;
/** How far after a quotation "by" may come to name its speaker: "…,” praised by Jobs", "…,” as put by X". */
const AGENT_WITHIN = 3;
const PARTICIPLE = /ing$/;
/** "a note that read", "a message which reads": the words before an inscription's verb. */
const INSCRIBING = new Set(['that', 'which']);

/**
 * The speaker of a quotation, from the words around it in its passage:
 * “…,” said X / “…,” X said / X said: “…” / X said that “…” / X underlined the need …, saying that “…” /
 * according to X. `tokens` are the passage's; `quotes` are all its quotations (none of their words count).
 */
export function attributeQuote(
  tokens: Token[],
  quote: QuoteSpan,
  quotes: QuoteSpan[],
  references: SpeakerReference[],
): SpeakerFound | undefined {
  const inQuote = (t: Token) => quotes.some((q) => t.start >= q.start && t.end <= q.end);
  // "“…,” it read": a document's own verb is one of saying after the document.
  const isVerb = (i: number) => {
    const word = tokens[i]!.text.toLowerCase();
    return (
      !inQuote(tokens[i]!) &&
      (SPEECH_VERBS.has(word) ||
        (DOCUMENT_VERBS.has(word) && references.some((r) => r.document && r.to === i)))
    );
  };
  // "Vesk's lawyer, Tomasz Brenner, said": the one whose lawyer, spokesman or adviser speaks does not
  // ("Apple's website states" does: a website has no voice of its own).
  const agentOwner = (r: SpeakerReference) =>
    isPossessive(tokens[r.to]) && isRoleHead(tokens[r.to + 1]?.text ?? '');
  const outside = references.filter((r) => !inQuote(tokens[r.from]!) && !r.owner && !agentOwner(r));
  const first = tokens.findIndex((t) => t.start >= quote.end);
  const last = findLastIndex(tokens, (t) => t.end <= quote.start);

  // After the quotation: “…,” said X / “…,” X said / “…,” X, the minister, said.
  if (first >= 0 && !opensClause(tokens, first)) {
    const limit = boundary(tokens, first, 1, inQuote);
    let verbFound = false;
    for (let v = first; v < Math.min(limit, first + MAX_GAP); v++) {
      if (!isVerb(v)) continue;
      verbFound = true;
      const subject = closest(
        outside.filter((r) => r.from >= first && r.to <= v),
        afterApposition(tokens, v) ? 'first' : 'last',
      );
      // "…”, arguing that Tanabe had …": a participle's subject is the sentence's, never the name after it.
      const participle = PARTICIPLE.test(tokens[v]!.text.toLowerCase());
      const inverted = participle
        ? undefined
        : closest(
            // "said the senior market strategist for Invesco AIM, Fritz Meyer": a title may stand between.
            outside.filter((r) => r.from > v && r.from < limit && r.from - v <= MAX_GAP),
            'first',
          );
      const found = subject ?? inverted;
      if (found) return speakerFound('after', found);
      break;
    }
    // “…,” Ines Moreau, a hydrologist at the institute.: a name right after the quotation's comma, with no verb.
    const named = outside.find((r) => r.from === first && /^[,.]$/.test(tokens[r.to]?.text ?? ''));
    if (!verbFound && named && tokens[first - 2]?.text === ',') return speakerFound('after', named);
    // “…,” praised by Jobs as …: a passive's agent right after the quotation, with no verb of saying.
    const by = tokens.findIndex((t, k) => k >= first && k < first + AGENT_WITHIN && t.text === 'by');
    const agent = by < 0 ? undefined : outside.find((r) => r.from === by + 1 && r.person !== null);
    if (!verbFound && agent && tokens.slice(first, by).every((t) => /^\p{Ll}+$/u.test(t.text)))
      return speakerFound('after', agent);
  }
  // Before it: X said: “…” / X said that “…” / X: “…” / X …, saying that “…”.
  if (last >= 0) {
    const limit = boundary(tokens, last, -1, inQuote);
    const window = (r: SpeakerReference) => r.from > limit && r.to <= last + 1;
    if (tokens[last]!.text === ':') {
      // "Hallsson's reply, in a written statement issued later: “…”", "His verdict, posted on Twitter: “…”":
      // what a person said, named by its owner at the start of the sentence, with no verb of its own.
      const start = sentenceStart(tokens, last);
      const owner = references.find(
        (r) => r.from === start && (r.owner || isPossessive(tokens[r.to])) && r.person !== null,
      );
      const noun = owner && tokens[owner.owner ? owner.to : owner.to + 1];
      // A participle set off by a comma (", posted on Twitter") describes the noun; it is not its verb, as
      // "said" is after a name set off so ("His lawyer, Ann Berg, said").
      const participle = (v: number) =>
        tokens[v - 1]?.text === ',' && !references.some((r) => r.to === v - 1);
      const verbless = !tokens.slice(start, last).some((_, k) => isVerb(start + k) && !participle(start + k));
      if (owner && noun && /^\p{Ll}+$/u.test(noun.text) && verbless) return speakerFound('before', owner);
      const named = outside.find((r) => r.to === last && window(r));
      if (named) return speakerFound('before', named);
    }
    const utterer = uttererOf(tokens, last, references);
    if (utterer) return speakerFound('before', utterer);
    const writer = inscriptionWriter(tokens, last, outside);
    if (writer) return speakerFound('before', writer);
    // "Orley called the appointment “brave and slightly mad”": a judgement is its judge's words.
    const judges = (v: number) => JUDGING_VERBS.has(tokens[v]!.text.toLowerCase()) && !inQuote(tokens[v]!);
    for (let v = last; v > limit && last - v <= MAX_GAP; v--) {
      if (!isVerb(v) && !judges(v)) continue;
      const verb = tokens[v]!.text.toLowerCase();
      // "The jury, chaired by Henrik Lund, praised …": a passive's agent is not the subject of the verb after it.
      const candidates = outside.filter((r) => window(r) && r.to <= v && !agentOfPassive(tokens, r));
      // "X underlined the need …, saying that “…”": the participle's subject opens the clause, unless one
      // stands right before it ("with UBS analyst David Strauss saying “…”").
      const adjacent = candidates.find((r) => r.to === v || (r.to === v - 1 && tokens[v - 1]!.text === ','));
      const subject = PARTICIPLE.test(verb)
        ? (adjacent ?? closest(candidates, 'first'))
        : (describedBefore(tokens, candidates, v) ??
          closest(candidates, afterApposition(tokens, v) ? 'first' : 'last'));
      const inverted = closest(
        outside.filter((r) => window(r) && r.from > v),
        'first',
      );
      const found = subject ?? inverted;
      if (found) return speakerFound('before', found);
      break;
    }
    const introducer = tokens[last]!.text === ':' ? colonSubject(tokens, last, outside) : undefined;
    if (introducer) return speakerFound('before', introducer);
  }
  // According to X (behind its title: "According to Mr Howard", "according to the company's vice president John Smith").
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'according' || tokens[i + 1]!.text.toLowerCase() !== 'to') continue;
    const stop = tokens.findIndex((t, k) => k > i + 1 && /^[,.;:!?]$/.test(t.text));
    const named = closest(
      outside.filter((r) => r.from >= i + 2 && r.from <= i + 8 && (stop < 0 || r.from < stop)),
      'first',
    );
    if (named) return speakerFound('according-to', named);
  }
  // A verb of saying anywhere in the sentence, and its subject.
  const verb = tokens.findIndex((_, i) => isVerb(i));
  if (verb >= 0) {
    const subject =
      closest(
        outside.filter((r) => r.to <= verb),
        'first',
      ) ?? closest(outside, 'first');
    if (subject) return speakerFound('sentence', subject);
  }
  return undefined;
}

/**
 * "In a post on social media, he thanked the players: ‘…’", "Reyes put it simply: “…”": a quotation after the
 * colon that closes a clause is the words of the person it opens with, as its subject (after any phrase set
 * off by a comma), right before its verb.
 */
function colonSubject(
  tokens: Token[],
  colon: number,
  references: SpeakerReference[],
): SpeakerReference | undefined {
  const start = sentenceStart(tokens, colon);
  const subject = references.find(
    (r) =>
      r.person !== null &&
      r.from >= start &&
      (r.from === start || tokens[r.from - 1]!.text === ',') &&
      r.to < colon &&
      /^\p{Ll}+$/u.test(tokens[r.to]!.text),
  );
  // "…, he said. … : ‘…’" has no other clause: nothing between its subject and the colon ends a clause.
  const clauseEnds = (k: number) => /^[,;]$/.test(tokens[k]!.text);
  if (!subject || tokens.slice(subject.to, colon).some((_, k) => clauseEnds(subject.to + k)))
    return undefined;
  return subject;
}

/**
 * "Her call of “…”", "Haugland's cry of “…”": an utterance named right before the quotation by the person who
 * made it, with no verb of saying.
 */
function uttererOf(
  tokens: Token[],
  last: number,
  references: SpeakerReference[],
): SpeakerReference | undefined {
  const noun = last - 1;
  if (tokens[last]!.text !== 'of' || !UTTERANCES.has(tokens[noun]?.text.toLowerCase() ?? ''))
    return undefined;
  return references.find(
    (r) => r.person !== null && (r.owner ? r.to : isPossessive(tokens[r.to]) ? r.to + 1 : -1) === noun,
  );
}

/**
 * Who wrote the words a quotation gives as an inscription: "Quispe had written a message on the wall that
 * read “…”", "she left a note that read “…”", "Peeters posted a photograph with the words ‘…’". The
 * sentence must say something was written or name what it was written in (a sign "that read" is no one's
 * words); its subject wrote them.
 */
function inscriptionWriter(
  tokens: Token[],
  last: number,
  references: SpeakerReference[],
): SpeakerReference | undefined {
  const word = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  const end = word(last) === ':' ? last - 1 : last;
  const inscription =
    (DOCUMENT_VERBS.has(word(end)) && INSCRIBING.has(word(end - 1))) ||
    (/^words?$/.test(word(end)) && word(end - 1) === 'the');
  if (!inscription) return undefined;
  const start = sentenceStart(tokens, last);
  const written = tokens
    .slice(start, end)
    .some((t) => WRITING.has(t.text.toLowerCase()) || DOCUMENTS.has(t.text.toLowerCase()));
  const subject = references.filter((r) => r.from >= start && r.to < end && r.person !== null);
  return written ? closest(subject, 'first') : undefined;
}

/** Words that open a clause of their own: "… was “overdue”, while X said …" is not X's. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'although', 'though', 'and']);

/** Whether what follows a quotation (`first`, maybe after its comma) opens another clause. */
function opensClause(tokens: Token[], first: number): boolean {
  const at = tokens[first]?.text === ',' ? first + 1 : first;
  return CLAUSE_OPENERS.has(tokens[at]?.text ?? '');
}

/**
 * "Coach Marta Silva, speaking alongside captain Jonas Berg, said": a verb right after a comma closes an
 * apposition, and its subject is the name before it, not the last one named.
 */
function afterApposition(tokens: Token[], verb: number): boolean {
  return tokens[verb - 1]?.text === ',';
}

/**
 * "…, what the Evening Post's critic, Hilary Dunn, called “…”": the name set off right before the verb, after a
 * role, is the description's and the verb's subject, not a person named earlier in the sentence; unless that
 * person opens a relative clause the name ends ("Mayor Ana Ruiz, who defeated the then-mayor, Tom Hale, called").
 */
function describedBefore(
  tokens: Token[],
  candidates: SpeakerReference[],
  verb: number,
): SpeakerReference | undefined {
  if (!afterApposition(tokens, verb)) return undefined;
  const relative = candidates.some(
    (r) => tokens[r.to]?.text === ',' && /^(?:who|which)$/.test(tokens[r.to + 1]?.text ?? ''),
  );
  if (relative) return undefined;
  return candidates.find(
    (r) =>
      r.to === verb - 1 && tokens[r.from - 1]?.text === ',' && isRoleHead(tokens[r.from - 2]?.text ?? ''),
  );
}

function speakerFound(by: Attribution, reference: SpeakerReference): SpeakerFound {
  const { person, organisation } = reference;
  return organisation === undefined ? { person, by } : { person, organisation, by };
}

/** The next sentence end or quotation in one direction: attribution does not reach past it. */
function boundary(tokens: Token[], from: number, step: 1 | -1, inQuote: (t: Token) => boolean): number {
  let i = from;
  for (; i >= 0 && i < tokens.length; i += step) {
    const token = tokens[i]!;
    if (inQuote(token)) return i;
    const end = /^[.!?;]$/.test(token.text) && !isTitleAbbreviation(tokens[i - 1]);
    if (step === 1 && end) return i;
    if (step === -1 && end && i !== from) return i;
  }
  return i;
}

/** Whether a reference follows a "by" in its phrase (back to the comma before it): "chaired by the architect X". */
function agentOfPassive(tokens: Token[], r: SpeakerReference): boolean {
  for (let k = r.from - 1; k >= 0 && tokens[k]!.text !== ','; k--) if (tokens[k]!.text === 'by') return true;
  return false;
}

/** "Prof.", "Dr.", "Gen.": a title whose full stop ends no sentence ("the chairman, Prof. Lars Engdahl, as “…”"). */
function isTitleAbbreviation(token: Token | undefined): boolean {
  const word = token?.text.toLowerCase() ?? '';
  return isHonorific(word) || ABBREVIATED_ROLES[word] !== undefined;
}

/**
 * The first or last reference in text order; a person before an organisation ("Scott Carson, president and CEO
 * of Boeing Commercial Airplanes said": the company is part of his title).
 */
function closest(references: SpeakerReference[], which: 'first' | 'last'): SpeakerReference | undefined {
  const people = references.filter((r) => r.organisation === undefined);
  const sorted = (people.length ? people : references).sort((a, b) => a.from - b.from);
  return which === 'first' ? sorted[0] : sorted[sorted.length - 1];
}

/**
 * The first token of the sentence holding `at`: after a sentence's end that a capitalised word follows, so
 * that "at 4:30 a.m.: “…”" is not taken for two sentences.
 */
function sentenceStart(tokens: Token[], at: number): number {
  let k = at;
  while (
    k > 0 &&
    at - k < MAX_GAP * 2 &&
    !(/^[.!?]$/.test(tokens[k - 1]!.text) && /^\p{Lu}/u.test(tokens[k]!.text))
  )
    k--;
  return k;
}

function findLastIndex<T>(list: T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}
