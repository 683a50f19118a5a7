import { ROLE_MODIFIERS } from '../extract/lexicon.js';
import { isRoleHead } from '../extract/rolePhrase.js';
import type { Fact } from '../types.js';

/**
 * Which words of a sentence belong to each of its dates. "The platform was launched in December 2020 and was
 * chaired by Uzbekistan in 2021 and Turkmenistan in 2022": Turkmenistan goes with 2022, the launch with
 * December 2020. A question is matched against the clause of each date, so it gets the date of the clause
 * it asks about rather than the first date of the sentence.
 */

/**
 * A date right after a verb of saying ("said on Thursday", "said in a telephone interview on Thursday") is
 * when something was said, not when it happened.
 */
const STATEMENT =
  /\b(?:said|says|announced|announces|stated|confirmed|reported|told\s+(?!of\b)[\p{L}\s]{1,30}?)\s+(?:in\s+an?\s+(?:[\p{L}-]+\s+)?(?:interview|statement|email|letter|post|briefing)\s+)?(?:on\s+)?$/iu;

/**
 * Where a clause may end between two dates: a comma (not one inside a figure, "4,212.5") or semicolon, or a
 * word that opens a new clause.
 */
const CLAUSE_BREAK =
  /(?<!\d),\s*|,(?!\d{3})\s*|;\s*|\s+(?:and|but|while|whereas|which|who|then|during|after|before|when|as)\s+/gi;

/** A non-restrictive relative clause, set off by a comma: ", which was founded in 1967 and has 41 members". */
const RELATIVE_CLAUSE = /,\s+(?:which|who|whom|whose)\b[^,;]*,?/g;

interface Span {
  start: number;
  end: number;
}

/**
 * The clause of each date of a sentence, dates given in text order by the text they have there. Clauses
 * a semicolon parts are apart ("Dressler left in December; his successor, Brandt, starts on Feb. 15"). A
 * date in a relative clause set off by commas gets that clause and the words it describes ("The team, which
 * was founded in 1967, will hold a ceilidh on 7 March"), and the rest of the sentence, its subject included,
 * goes to the other dates. Otherwise the gap between two dates is cut at its last clause break (all of it
 * goes to the later date when it has none: "said on Thursday it signed the deal on June 15"). A sentence of
 * one date is its clause; dates not found in it as written get the whole sentence. A date a verb of saying
 * comes right before ("China Eastern said on Thursday it signed the deal on June 15") is the statement's,
 * not the event's: it gets no clause, so that a question about the deal gets June 15.
 */
export function dateClauses(sentence: string, dates: readonly string[]): string[] {
  if (dates.length < 2) return dates.map(() => sentence);
  return clausesIn(sentence, dates) ?? dates.map(() => sentence);
}

function clausesIn(text: string, dates: readonly string[]): string[] | undefined {
  const spans = locate(text, dates);
  if (!spans) return undefined;
  if (dates.length === 1) return [ownClause(text, spans[0]!, text)];
  return (
    split(
      text,
      spans,
      dates,
      [...text.matchAll(/;/g)].map((m) => ({ start: m.index, end: m.index + 1 })),
    ) ??
    apartFromRelativeClause(text, spans, dates) ??
    cutBetweenDates(text, spans)
  );
}

/** Where each date is, searched in order; undefined when one is not found as written. */
function locate(text: string, dates: readonly string[]): Span[] | undefined {
  const spans: Span[] = [];
  let from = 0;
  for (const date of dates) {
    const start = text.indexOf(date, from);
    if (start < 0) return undefined;
    spans.push({ start, end: start + date.length });
    from = start + date.length;
  }
  return spans;
}

/** The clauses of each part of `text` between `breaks`, when the dates fall in more than one part. */
function split(text: string, spans: Span[], dates: readonly string[], breaks: Span[]): string[] | undefined {
  const edges = [0, ...breaks.flatMap((b) => [b.start, b.end]), text.length];
  const parts: { from: number; to: number; dates: number[] }[] = [];
  for (let i = 0; i < edges.length; i += 2) parts.push({ from: edges[i]!, to: edges[i + 1]!, dates: [] });
  spans.forEach((span, i) =>
    parts.find((part) => span.start >= part.from && span.end <= part.to)?.dates.push(i),
  );
  if (parts.filter((part) => part.dates.length > 0).length < 2) return undefined;
  if (parts.reduce((n, part) => n + part.dates.length, 0) < dates.length) return undefined;
  const clauses: string[] = [];
  for (const part of parts) {
    if (part.dates.length === 0) continue;
    const own = clausesIn(
      text.slice(part.from, part.to),
      part.dates.map((i) => dates[i]!),
    );
    if (!own) return undefined;
    clauses.push(...own);
  }
  return clauses;
}

/**
 * The dates of a relative clause set off by commas, when it holds some of the dates but not all: its dates
 * get it with the words before it back to a comma or another date; the others get the sentence without it.
 */
function apartFromRelativeClause(
  text: string,
  spans: Span[],
  dates: readonly string[],
): string[] | undefined {
  for (const match of text.matchAll(RELATIVE_CLAUSE)) {
    const clause = { start: match.index, end: match.index + match[0].length };
    const inside = spans.map((span) => span.start >= clause.start && span.end <= clause.end);
    const count = inside.filter(Boolean).length;
    if (count === 0 || count === dates.length) continue;
    const before = text.slice(0, clause.start);
    const head = Math.max(
      before.lastIndexOf(',') + 1,
      ...spans.filter((span, i) => !inside[i] && span.end <= clause.start).map((span) => span.end),
    );
    const own = clausesIn(
      text.slice(head, clause.end).replace(/,$/, ''),
      dates.filter((_, i) => inside[i]),
    );
    const rest = clausesIn(
      before + text.slice(clause.end),
      dates.filter((_, i) => !inside[i]),
    );
    if (!own || !rest) return undefined;
    return inside.map((isInside) => (isInside ? own.shift()! : rest.shift()!));
  }
  return undefined;
}

/** The gap between two dates cut at its last clause break; a date of a statement gets none. */
function cutBetweenDates(text: string, spans: Span[]): string[] {
  // Where each later clause starts: at the cut, or before the words a relative clause describes.
  const starts: number[] = [];
  const cuts = spans.slice(1).map((next, i) => {
    const gapStart = spans[i]!.end;
    let cut = gapStart;
    let start = gapStart;
    const gap = text.slice(gapStart, next.start);
    for (const match of gap.matchAll(CLAUSE_BREAK)) {
      if (/^\s+as\s+$/i.test(match[0]) && namesARole(gap.slice(match.index + match[0].length))) continue;
      cut = gapStart + match.index;
      start = RELATIVE_WORD.test(match[0]) ? antecedentStart(text, cut, gapStart) : cut;
    }
    starts.push(start);
    return cut;
  });
  const clauses = spans.map((span, i) =>
    ownClause(text, span, text.slice(i === 0 ? 0 : starts[i - 1], cuts[i] ?? text.length)),
  );
  return clauses.map((clause, i) => (i === 0 ? clause : withSharedSubject(clause, clauses[i - 1]!)));
}

/** "… and was named director", "… but stepped down": a clause of a verb and no subject of its own. */
const NO_SUBJECT =
  /^(?:and|but)\s+(?=(?:then\s+|later\s+|also\s+)?(?:was|were|is|are|has|had|have|will|would|\p{Ll}+ed)\b)/u;
/** A name before the verb that opens a clause ("Okeke was appointed …"). */
const LEADING_NAME =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+)+?(?=(?:was|were|is|are|has|had|have|will|would|\p{Ll}+ed)\b)/u;
/** The person or thing a relative clause describes: the name before "who" or "which", an age after it aside. */
const RELATIVE_ANTECEDENT = /((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*)(?:,\s+\d+)?,?\s+(?:who|which)\s/u;

/**
 * "Okeke was appointed head in 2004 but stepped down in 2008": a clause that opens with "and" or "but" and a
 * verb shares the subject of the clause before; when that is a name, which questions ask by, it is given the
 * name in their place ("Okeke stepped down in 2008"). The subject of a relative clause is the name it describes
 * ("Sir Geoffrey Hallworth, who became conductor in 2003 and was named director three years later").
 */
function withSharedSubject(clause: string, previous: string): string {
  if (!NO_SUBJECT.test(clause)) return clause;
  const subject =
    [...previous.matchAll(new RegExp(RELATIVE_ANTECEDENT, 'gu'))].at(-1)?.[1] ??
    LEADING_NAME.exec(previous)?.[0];
  return subject ? `${subject.trim()} ${clause.replace(NO_SUBJECT, '')}` : clause;
}

/**
 * "stepped down as head of the school", "joined as a senior engineer": "as" before a role is no conjunction
 * that opens a clause, but says in which role.
 */
function namesARole(after: string): boolean {
  const words = after.split(/\s+/).map((word) => word.toLowerCase());
  let i = /^(?:a|an|the|its|his|her|their)$/.test(words[0] ?? '') ? 1 : 0;
  while (i < words.length - 1 && ROLE_MODIFIERS.has(words[i]!) && !isRoleHead(words[i]!)) i++;
  return isRoleHead(words[i] ?? '');
}

/** "which" or "who" right after the words they describe, with no comma between. */
const RELATIVE_WORD = /^\s+(?:which|who)\s+$/i;

/**
 * "In 1986 he bought Pixar which was acquired by Disney in 2005": a relative clause is about the words before
 * it, which its date's clause takes along: the name they end in, else their last word.
 */
function antecedentStart(text: string, at: number, from: number): number {
  const before = text.slice(from, at);
  const name = /(?:\p{Lu}[\p{L}\d&'’.-]*\s+)*\p{Lu}[\p{L}\d&'’.-]*$/u.exec(before);
  const word = /[\p{L}\d'’-]+$/u.exec(before);
  const found = name ?? word;
  return found ? from + found.index : at;
}

/** Whether a date of a sentence is when something was said ("announced on Wednesday that …"): see `STATEMENT`. */
export function isStatementDate(sentence: string, dateText: string): boolean {
  const at = sentence.indexOf(dateText);
  return at >= 0 && STATEMENT.test(sentence.slice(0, at));
}

function ownClause(text: string, span: Span, clause: string): string {
  return STATEMENT.test(text.slice(0, span.start)) ? '' : clause.trim();
}

/** The clause of each event fact's date in its sentence (see `dateClauses`), by fact id. */
export function eventClauses(facts: readonly Fact[]): Map<string, string> {
  const byPassage = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.kind !== 'event' || !fact.date) continue;
    const events = byPassage.get(fact.passageId);
    if (events) events.push(fact);
    else byPassage.set(fact.passageId, [fact]);
  }
  const clauses = new Map<string, string>();
  for (const events of byPassage.values()) {
    const texts = dateClauses(
      events[0]!.source.sentence,
      events.map((event) => event.date!.text),
    );
    events.forEach((event, i) => clauses.set(event.id, texts[i]!));
  }
  return clauses;
}
