import type { Fact, FactKind } from '../types.js';
import type { FactCatalog } from './factCatalog.js';
import type { PickReason } from './types.js';

/** Most facts in one digest: short enough to read over coffee. */
export const DIGEST_SIZE = 5;
/** "On this day" events in one digest, so that an anniversary-rich date does not crowd out the rest. */
export const MAX_ON_THIS_DAY = 2;
/** A digest aims for one fact of each kind: a person and role, a dated event, a quotation. */
const KINDS: readonly FactKind[] = ['person', 'event', 'quote'];
const REASON_ORDER: readonly PickReason[] = ['on-this-day', 'new', 'pick'];

export interface PickInput {
  catalog: FactCatalog;
  /** Facts the chat has seen in its current cycle. */
  seen: ReadonlySet<string>;
  /** The chat's local date, `YYYY-MM-DD`. */
  localDate: string;
  /** Articles added since the chat's last digest, the latest first. */
  newArticles: readonly string[];
}

export interface PickedFact {
  fact: Fact;
  reason: PickReason;
}

export interface FactPick {
  facts: PickedFact[];
  /** The chat had seen every fact of the catalog, so this pick starts a new cycle. */
  cycleRestarted: boolean;
}

/**
 * The facts of one digest: "on this day" events first, then facts from new articles, with one fact of
 * each kind where the catalog has one, and never a fact of `seen` — until every fact has been seen, when
 * the cycle starts again (and the pick says so). Pure: the same input gives the same pick.
 */
export function pickFacts(input: PickInput): FactPick {
  if (input.catalog.ordered.length === 0) return { facts: [], cycleRestarted: false };
  const facts = choose(candidates(input, input.seen));
  if (facts.length > 0) return { facts, cycleRestarted: false };
  return { facts: choose(candidates(input, new Set())), cycleRestarted: true };
}

/** Unseen facts in the order they are preferred, each once. */
function* candidates(input: PickInput, seen: ReadonlySet<string>): Generator<PickedFact> {
  const { catalog, localDate, newArticles } = input;
  const offered = new Set<string>();
  const fresh = (fact: Fact) => !seen.has(fact.id) && !offered.has(fact.id) && offered.add(fact.id);
  const year = localDate.slice(0, 4);
  for (const fact of catalog.byMonthDay.get(localDate.slice(5)) ?? []) {
    // An earlier year only: the same date this year is news, not an anniversary.
    if (fact.date!.iso.slice(0, 4) < year && fresh(fact)) yield { fact, reason: 'on-this-day' };
  }
  for (const id of newArticles) {
    for (const fact of catalog.byArticle.get(id) ?? []) if (fresh(fact)) yield { fact, reason: 'new' };
  }
  for (const fact of catalog.ordered) if (fresh(fact)) yield { fact, reason: 'pick' };
}

function choose(stream: Iterable<PickedFact>): PickedFact[] {
  const chosen: PickedFact[] = [];
  const spare: PickedFact[] = [];
  const kinds = new Set<FactKind>();
  // Two facts citing one sentence (a person and their quotation, an event's year and its month) read as a
  // repeat: the first, which the stream prefers, is kept, and the other's slot is left for another fact.
  const cited = new Set<string>();
  const sentenceOf = (picked: PickedFact) => picked.fact.source.sentence;
  let onThisDay = 0;
  const take = (picked: PickedFact) => {
    chosen.push(picked);
    kinds.add(picked.fact.kind);
    cited.add(sentenceOf(picked));
    if (picked.reason === 'on-this-day') onThisDay++;
  };
  for (const candidate of stream) {
    const missing = KINDS.length - kinds.size;
    if (chosen.length === DIGEST_SIZE || (candidate.reason === 'pick' && missing === 0)) break;
    if (cited.has(sentenceOf(candidate))) continue;
    const newKind = !kinds.has(candidate.fact.kind);
    // Priority facts may fill the digest, but leave a slot for each kind still missing.
    const room = DIGEST_SIZE - chosen.length - missing;
    const wanted =
      candidate.reason === 'on-this-day'
        ? onThisDay < MAX_ON_THIS_DAY && (newKind || room > 0)
        : newKind || (candidate.reason === 'new' && room > 0);
    if (wanted) take(candidate);
    else if (spare.length < KINDS.length && !spare.some((s) => sentenceOf(s) === sentenceOf(candidate)))
      spare.push(candidate);
  }
  // A catalog short of some kind (a topic without quotations) still gives a few facts.
  for (const candidate of spare)
    if (chosen.length < KINDS.length && !cited.has(sentenceOf(candidate))) take(candidate);
  return chosen.sort(
    (a, b) =>
      REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason) ||
      KINDS.indexOf(a.fact.kind) - KINDS.indexOf(b.fact.kind),
  );
}
