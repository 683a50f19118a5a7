import { relatedTerms } from '../index/relatedWords.js';
import type { SearchHit, SearchIndex, SearchWord } from '../index/searchIndex.js';
import { editDistance } from '../text/editDistance.js';
import type { QueryWord } from '../index/searchTerms.js';
import { queryWords, STOP_WORDS } from '../index/searchTerms.js';

export interface MatchOptions {
  /** Weight of each field in the score (default 1). */
  boost?: Record<string, number>;
  /** Fields to search (default: all). */
  fields?: string[];
  /**
   * How much a word found only in a field counts towards coverage (default 1): a word found in an
   * article's title rather than in the fact itself makes the fact likelier, not certain.
   */
  credit?: Record<string, number>;
  /**
   * Share of the query's weight an answer must cover (0 to 1; default 1). Words weigh by their rarity, so
   * missing "the 777" costs more than missing "first". This is the confidence floor below which a question
   * gets no answer rather than a wrong one.
   */
  minCoverage?: number;
  /** How much each word of the query counts towards coverage, besides its rarity (default 1). */
  wordWeight?: (word: { term: string; name: boolean }) => number;
  /** Only the best `limit` matches. */
  limit?: number;
  /** Only documents holding the query's rarest name (see `QueryWord`): none when the query names nothing. */
  holdingMainName?: boolean;
  /** Only these documents (by id) are candidates. */
  within?: Iterable<string>;
  /**
   * The index whose vocabulary says how rare a word is (default: the one searched). The passages are the
   * corpus at large: in a small index of people, "Boeing" is as common as "chairman".
   */
  rarity?: SearchIndex;
}

/** A document that matched, with how much of the query it covers and its rank score. */
export interface Match extends SearchHit {
  /** Share of the query's weight found in the document (0 to 1). */
  coverage: number;
  /** The BM25 score weighed by coverage: what matches are ranked by. */
  relevance: number;
  /** The fields holding the query's rarest name (see `QueryWord`); [] when it has none or they do not. */
  readonly mainNameIn: string[];
  /** Per word of the query (as in `found`): the term searched, and whether it names something (see `QueryWord`). */
  readonly words: readonly { term: string; name: boolean }[];
  /** The fields holding word `w` of the query or a word related to it (see `relatedTerms`). */
  heldIn(w: number): string[];
}

/** How much a word that stands for a misspelt one counts, against the word as typed (MiniSearch's fuzzy weight). */
const STAND_IN_WEIGHT = 0.45;
/** How much a related word ("ousted" for "fired", "French" for "France": `relatedTerms`) counts in the score… */
const RELATED_WEIGHT = 0.5;
/** …and towards coverage: it likely says what was asked, not certainly. */
const RELATED_CREDIT = 0.8;
/** Coverage a match needs when it does not hold the rarest name of the query. */
const WITHOUT_NAME = 0.8;
/** How strongly coverage weighs in the rank: an answer holding every word beats a longer one holding half. */
const COVERAGE_POWER = 2;

/**
 * Edits allowed for a misspelt term, in a search and in a suggestion: none for short words, where a typo is
 * another word, and none for a number or model (A350 is not a misspelt A330).
 */
export function typosAllowed(term: string): number {
  if (/\d/.test(term)) return 0;
  return term.length <= 3 ? 0 : term.length <= 6 ? 1 : 2;
}

/** Whether words `a` and `b` of the plan are of one name: names with no other word between them. */
function sameName(plan: readonly PlannedTerm[], a: number, b: number): boolean {
  for (let i = Math.min(a, b); i <= Math.max(a, b); i++) if (!plan[i]!.name) return false;
  return true;
}

/** One word of the query and the index words that stand for it. */
interface PlannedTerm {
  term: string;
  /** Index terms searched for it: itself, or the closest words when the index does not hold it. */
  searched: string[];
  /** Whether it is searched as the beginning of longer words (the last word, maybe still being typed). */
  prefix: boolean;
  /** Its weight in coverage: rarer words say more about what is asked. */
  weight: number;
  /** It names something (see `QueryWord`). */
  name: boolean;
  /** Index terms of words related to it (see `relatedTerms`). */
  related: string[];
}

/**
 * Ranked retrieval: every document holding any of the query's words is scored (BM25 with field boosts), and
 * ranked by its score weighed by the share of the query it covers. A word the index does not hold stands
 * for its closest words (two swapped letters counting as one edit), so exact matches are never drowned by
 * fuzzy ones; the last word is also read as the beginning of longer ones. Matches covering less than
 * `minCoverage` are left out: no answer rather than a wrong one.
 */
export function findMatches(index: SearchIndex, query: string, options: MatchOptions = {}): Match[] {
  const plan = planQuery(index, queryWords(query), options.rarity ?? index);
  if (options.wordWeight) for (const p of plan) p.weight *= options.wordWeight(p);
  if (!plan.some((p) => p.searched.length > 0)) return [];
  const total = plan.reduce((sum, p) => sum + p.weight, 0);
  const minCoverage = options.minCoverage ?? 1;
  // The rarest name of a longer query says what it is about ("A350" of "When did the A350 first fly?"): a
  // match without it answers another question, unless it holds nearly all the rest.
  let key = -1;
  plan.forEach((p, i) => {
    if (p.name && (key < 0 || p.weight > plan[key]!.weight)) key = i;
  });
  // "Ilse Marant": a match that holds the last word of the name (her surname) holds it, though her given name
  // is the rarer word; "Airbus A350" is not held by "Airbus".
  const keyName = [key, plan.findLastIndex((_, i) => key >= 0 && sameName(plan, key, i))];
  if (options.holdingMainName && key < 0) return [];
  const opens = options.holdingMainName
    ? plan.map((_, i) => i === key)
    : openingWords(plan, minCoverage * total);
  // Each word's related words are scored as one more word after the query's, found at `plan.length + r`.
  const relatedOf = plan.map(() => -1);
  const relatedWords: SearchWord[] = [];
  plan.forEach((p, i) => {
    if (p.related.length === 0) return;
    relatedOf[i] = plan.length + relatedWords.length;
    relatedWords.push({
      terms: p.related.map((term) => ({ term, weight: RELATED_WEIGHT })),
      opens: opens[i]!,
    });
  });
  const hits = index.score(
    [
      ...plan.map((p, i) => ({
        terms: p.searched.map((term) => ({ term, weight: term === p.term ? 1 : STAND_IN_WEIGHT })),
        prefix: p.prefix && p.searched[0] === p.term,
        opens: opens[i]!,
      })),
      ...relatedWords,
    ],
    {
      ...(options.boost ? { boost: options.boost } : {}),
      ...(options.fields ? { fields: options.fields } : {}),
      ...(options.within ? { within: options.within } : {}),
    },
  );
  let creditOf: Float64Array | undefined;
  const kept: SearchHit[] = [];
  const coverages: number[] = [];
  const relevances: number[] = [];
  for (const hit of hits) {
    // The best credit of the fields each bit pattern names, worked out once per search.
    creditOf ??= creditsByBits(hit.fields, options.credit ?? {});
    let covered = 0;
    for (let i = 0; i < plan.length; i++) {
      const own = creditOf[hit.fieldBits(i)]!;
      const byRelated = relatedOf[i]! < 0 ? 0 : RELATED_CREDIT * creditOf[hit.fieldBits(relatedOf[i]!)]!;
      covered += plan[i]!.weight * Math.max(own, byRelated);
    }
    const coverage = covered / total;
    if (coverage + 1e-9 < minCoverage) continue;
    if (options.holdingMainName && !holdsWord(hit, relatedOf, key)) continue;
    if (
      minCoverage > 0 &&
      plan.length > 1 &&
      key >= 0 &&
      coverage < WITHOUT_NAME &&
      !keyName.some((w) => holdsWord(hit, relatedOf, w))
    )
      continue;
    kept.push(hit);
    coverages.push(coverage);
    relevances.push(hit.score * coverage ** COVERAGE_POWER);
  }
  // Matches are made only for the best `limit`: a common word can match tens of thousands of documents.
  const words = plan.map(({ term, name }) => ({ term, name }));
  return bestFirst(relevances, options.limit ?? kept.length).map(
    (i) => new RankedMatch(kept[i]!, coverages[i]!, relevances[i]!, key, words, relatedOf),
  );
}

/**
 * The places of the `limit` highest values, highest first, the earlier place first among equal values (as a
 * stable sort would give them). A few best of tens of thousands are picked in one pass, not by sorting all.
 */
export function bestFirst(values: readonly number[], limit: number): number[] {
  if (limit <= 0) return [];
  if (limit >= values.length / 8) {
    return Array.from(values.keys())
      .sort((a, b) => values[b]! - values[a]!)
      .slice(0, limit);
  }
  const best: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (best.length === limit && value <= values[best[limit - 1]!]!) continue;
    let at = best.length;
    while (at > 0 && value > values[best[at - 1]!]!) at--;
    best.splice(at, 0, i);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** Whether a hit holds word `w` of the query (none for -1) or a word related to it. */
function holdsWord(hit: SearchHit, relatedOf: readonly number[], w: number): boolean {
  return w >= 0 && (hit.fieldBits(w) > 0 || (relatedOf[w]! >= 0 && hit.fieldBits(relatedOf[w]!) > 0));
}

/** Whether a query finds anything in an index: a word the index holds does, without scoring it. */
export function findsAnything(index: SearchIndex, query: string): boolean {
  const words = queryWords(query);
  if (words.length === 1) return words[0]!.forms.some((form) => index.documentFrequency(form) > 0);
  return findMatches(index, query, { limit: 1 }).length > 0;
}

/**
 * A match as a class, its methods shared: a common word matches tens of thousands of documents, and a
 * closure made for each would cost more than finding them.
 */
class RankedMatch implements Match {
  readonly id: string;
  readonly score: number;
  readonly fields: readonly string[];

  constructor(
    private readonly hit: SearchHit,
    readonly coverage: number,
    readonly relevance: number,
    private readonly key: number,
    readonly words: Match['words'],
    private readonly relatedOf: readonly number[],
  ) {
    this.id = hit.id;
    this.score = hit.score;
    this.fields = hit.fields;
  }

  heldIn(w: number): string[] {
    const related = this.relatedOf[w]!;
    return [...this.hit.found[w]!, ...(related < 0 ? [] : this.hit.found[related]!)];
  }

  fieldBits(w: number): number {
    return this.hit.fieldBits(w);
  }

  get found(): string[][] {
    return this.hit.found;
  }

  get stored(): Record<string, string> {
    return this.hit.stored;
  }

  get mainNameIn(): string[] {
    if (this.key < 0) return [];
    const bits = this.hit.fieldBits(this.key);
    return this.fields.filter((_, f) => bits & (1 << f));
  }
}

/** For each pattern of field bits, the best credit among its fields (0 for none). */
function creditsByBits(fields: readonly string[], credit: Record<string, number>): Float64Array {
  const credits = new Float64Array(1 << fields.length);
  for (let bits = 1; bits < credits.length; bits++) {
    credits[bits] = Math.max(...fields.filter((_, f) => bits & (1 << f)).map((field) => credit[field] ?? 1));
  }
  return credits;
}

/**
 * Which words open candidates: the rarest, until the words left weigh less than `needed`. A document that
 * holds none of the rarest can cover only what the common words weigh, too little to be an answer, so the
 * common words ("year", "said") are looked up in the candidates instead of scored across the corpus.
 */
function openingWords(plan: readonly PlannedTerm[], needed: number): boolean[] {
  const opens = plan.map(() => false);
  let left = plan.reduce((sum, p) => sum + p.weight, 0);
  for (const i of plan.map((_, i) => i).sort((a, b) => plan[b]!.weight - plan[a]!.weight)) {
    if (left < needed - 1e-9) break;
    opens[i] = true;
    left -= plan[i]!.weight;
  }
  return opens;
}

/** The query's words, each with the index words searched for it and its weight. */
function planQuery(index: SearchIndex, words: QueryWord[], rarity: SearchIndex): PlannedTerm[] {
  const count = Math.max(1, rarity.documentCount);
  const plan: PlannedTerm[] = [];
  words.forEach(({ forms, name }, i) => {
    const prefix = i === words.length - 1 && forms[0]!.length >= 3;
    // A name as written, else its stem; the first form the index holds.
    const held = forms.map((form) => index.documentFrequency(form));
    const first = held.findIndex((documents) => documents > 0);
    let term = forms[Math.max(0, first)]!;
    let documents = first < 0 ? 0 : held[first]!;
    let searched = [term];
    if (documents === 0 && prefix) {
      term = forms.find((form) => index.hasPrefix(form)) ?? term;
      searched = [term];
    }
    if (documents === 0 && !(prefix && index.hasPrefix(term))) {
      // A misspelt word stands for its closest words only ("markeng": marking, not market two edits away).
      const close = index.closeTerms(term, typosAllowed(term));
      // "agaisnt" is a misspelt "against", which no index holds: a word that says nothing, left out.
      if (close.length === 0 && isMisspeltStopWord(term)) return;
      const best = close.filter((c) => c.distance === close[0]?.distance).slice(0, 3);
      searched = best.map((c) => c.term);
      documents = best.reduce((sum, c) => sum + c.documents, 0);
    }
    // A word the corpus does not hold weighs as the rarest: a question about it is not answered by the rest.
    if (rarity !== index) documents = searched.reduce((sum, t) => sum + rarity.documentFrequency(t), 0);
    const weight = Math.log(1 + count / (documents + 0.5));
    const related = relatedTerms(forms.at(-1)!).filter((t) => index.documentFrequency(t) > 0);
    plan.push({ term, searched, prefix, weight, name, related });
  });
  return plan;
}

function isMisspeltStopWord(term: string): boolean {
  const allowed = typosAllowed(term);
  for (const stop of STOP_WORDS)
    if (Math.abs(stop.length - term.length) <= allowed && editDistance(stop, term) <= allowed) return true;
  return false;
}
