import { TermDictionary } from './termDictionary.js';
import { docOf, MAX_DOCUMENTS, PostingLists, TF_BITS, TF_MASK } from './postingLists.js';
import { forEachToken, processTerm, tokenizeForSearch } from './searchTerms.js';

/**
 * The options of a search, as MiniSearch names them (a subset: what the query functions use), plus `limit`
 * and `minTerms`, which let the index keep only what the caller keeps instead of building every result.
 */
export interface IndexSearchOptions {
  /** Fields to search (default: all). */
  fields?: readonly string[];
  /** Weight of each field (default 1). */
  boost?: Record<string, number>;
  combineWith?: 'AND' | 'OR' | 'and' | 'or';
  /** Whether a term also matches the longer terms it begins. */
  prefix?: boolean | ((term: string, index: number, terms: readonly string[]) => boolean);
  /** Edits allowed: a count (≥ 1), a share of the term's length (< 1), `true` for 0.2. */
  fuzzy?: boolean | number | ((term: string, index: number, terms: readonly string[]) => boolean | number);
  maxFuzzy?: number;
  /** Whether two neighbouring letters swapped count as one edit, not two (MiniSearch: no). */
  transpositions?: boolean;
  weights?: { fuzzy?: number; prefix?: number };
  /** With OR: only documents that contain at least this many of the query's different terms. */
  minTerms?: number;
  /** Only the best `limit` documents. */
  limit?: number;
}

/** A matching document: its number, its score, and (computed when asked) what matched. */
export interface IndexMatch {
  doc: number;
  score: number;
  /** The query terms found in the document, each once. */
  readonly queryTerms: string[];
  /** The index terms that matched (prefix and fuzzy expansions included), in query order. */
  readonly terms: string[];
  /** Each matched index term with the fields it matched in. */
  readonly match: Record<string, string[]>;
}

/** An index term close to a word, how far it is (edits) and in how many postings it occurs. */
export interface CloseTerm {
  term: string;
  distance: number;
  documents: number;
}

/** MiniSearch's BM25+ parameters and weights, so that scores rank as they did with MiniSearch. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const MAX_FUZZY = 6;

/** One term of the query as searched: the term, which query term it stands for, and its expansions. */
interface Spec {
  term: string;
  /** Position in the query. */
  position: number;
  /** Index of the query term among the query's different terms. */
  source: number;
  expansions: { termId: number; term: string; weight: number }[];
  cost: number;
}

/** What a saved index is made of (see `cache/indexFile.ts`). */
export interface IndexParts {
  fields: readonly string[];
  terms: string[];
  postingLengths: Uint32Array;
  postings: Uint32Array;
  /** Unique-token count of each field of each document, document by document. */
  fieldLengths: Uint16Array;
}

/**
 * A full-text index with MiniSearch's scoring (BM25+, field boosts, prefix and fuzzy matching with the same
 * weights) built for a large archive: documents are numbers, postings are packed integers, AND queries only
 * score documents that are still candidates, and `limit` keeps only the best results.
 *
 * Documents are added with increasing numbers and discarded by number (as MiniSearch's `discard`): a
 * discarded document is skipped by searches at once and its postings are dropped by the next `vacuum`.
 */
export class SearchIndex {
  readonly fields: readonly string[];
  private dictionary: TermDictionary;
  private postings: PostingLists;
  private fieldLengths: Uint16Array;
  private alive: Uint8Array;
  private nextDoc: number;
  private live: number;
  private discarded = 0;
  /** Added or discarded documents since the index was loaded or vacuumed: its lists are not packed. */
  private dirty = false;
  private readonly totalLength: Float64Array;
  private scratch?: Scratch;
  private tokens = new TokenMemo();

  constructor(fields: readonly string[], parts?: IndexParts) {
    this.fields = fields;
    const width = fields.length;
    if (parts) {
      if (parts.fields.join('\n') !== fields.join('\n')) throw new Error('saved index has other fields');
      this.dictionary = TermDictionary.fromSorted(parts.terms);
      this.postings = new PostingLists(parts.terms.length * width, parts.postings, parts.postingLengths);
      this.nextDoc = parts.fieldLengths.length / width;
      this.fieldLengths = parts.fieldLengths;
    } else {
      this.dictionary = new TermDictionary();
      this.postings = new PostingLists();
      this.nextDoc = 0;
      this.fieldLengths = new Uint16Array(0);
    }
    this.live = this.nextDoc;
    this.alive = new Uint8Array(this.nextDoc).fill(1);
    this.totalLength = new Float64Array(width);
    for (let doc = 0; doc < this.nextDoc; doc++) {
      for (let f = 0; f < width; f++) this.totalLength[f]! += this.fieldLengths[doc * width + f]!;
    }
  }

  /** Documents that searches can find. */
  get documentCount(): number {
    return this.live;
  }

  /** The number the next added document gets. */
  get nextDocument(): number {
    return this.nextDoc;
  }

  /** Discarded documents whose postings are still in the lists. */
  get discardedCount(): number {
    return this.discarded;
  }

  has(doc: number): boolean {
    return this.alive[doc] === 1;
  }

  /** Indexes a document (one value per field, in `fields` order) and returns its number. */
  add(values: readonly (string | undefined)[]): number {
    const doc = this.nextDoc;
    if (doc >= MAX_DOCUMENTS) throw new Error(`an index holds at most ${MAX_DOCUMENTS} documents`);
    const width = this.fields.length;
    this.ensureDocs(doc + 1);
    for (let f = 0; f < width; f++) {
      const { different, terms, counts } = this.tokens.count(values[f] ?? '', this.dictionary);
      // MiniSearch's field length: the number of different tokens, stop words included.
      const length = Math.min(different, 0xffff);
      this.fieldLengths[doc * width + f] = length;
      this.totalLength[f]! += length;
      this.postings.ensureSlots(this.dictionary.size * width);
      for (let i = 0; i < terms.length; i++) this.postings.append(terms[i]! * width + f, doc, counts[i]!);
    }
    this.alive[doc] = 1;
    this.nextDoc = doc + 1;
    this.live++;
    this.dirty = true;
    return doc;
  }

  /** Removes a document from searches; its postings stay until `vacuum`. */
  discard(doc: number): void {
    if (this.alive[doc] !== 1) return;
    this.alive[doc] = 0;
    this.live--;
    this.discarded++;
    this.dirty = true;
    const width = this.fields.length;
    for (let f = 0; f < width; f++) this.totalLength[f]! -= this.fieldLengths[doc * width + f]!;
  }

  /**
   * Drops the postings of discarded documents and terms that no longer occur, and renumbers the documents
   * that are left, in order, from 0. Returns the old → new document numbers (-1 for a discarded one).
   */
  vacuum(): Int32Array {
    const width = this.fields.length;
    const docMap = new Int32Array(this.nextDoc);
    let kept = 0;
    for (let doc = 0; doc < this.nextDoc; doc++) docMap[doc] = this.alive[doc] === 1 ? kept++ : -1;
    const terms: { term: string; id: number }[] = [];
    for (let id = 0; id < this.dictionary.size; id++) {
      let used = false;
      for (let f = 0; f < width && !used; f++) {
        for (const part of this.postings.parts(id * width + f)) {
          for (let i = 0; i < part.length; i++) {
            if (docMap[docOf(part[i]!)]! >= 0) {
              used = true;
              break;
            }
          }
          if (used) break;
        }
      }
      if (used) terms.push({ term: this.dictionary.term(id), id });
    }
    terms.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    const slotMap = new Int32Array(this.postings.slotCount).fill(-1);
    terms.forEach(({ id }, newId) => {
      for (let f = 0; f < width; f++) slotMap[id * width + f] = newId * width + f;
    });
    this.postings = this.postings.pack(slotMap, terms.length * width, docMap);
    this.dictionary = TermDictionary.fromSorted(terms.map((t) => t.term));
    const lengths = new Uint16Array(kept * width);
    for (let doc = 0; doc < this.nextDoc; doc++) {
      const to = docMap[doc]!;
      if (to >= 0) lengths.set(this.fieldLengths.subarray(doc * width, doc * width + width), to * width);
    }
    this.fieldLengths = lengths;
    this.alive = new Uint8Array(kept).fill(1);
    this.nextDoc = kept;
    this.live = kept;
    this.discarded = 0;
    this.dirty = false;
    this.scratch = undefined;
    this.tokens = new TokenMemo();
    return docMap;
  }

  /** The index as parts to save; documents added or discarded since the last `vacuum` must be vacuumed first. */
  toParts(): IndexParts {
    if (this.dirty) throw new Error('vacuum the index before saving it');
    const packed = this.postings.packed;
    const terms: string[] = [];
    for (let id = 0; id < this.dictionary.size; id++) terms.push(this.dictionary.term(id));
    return {
      fields: this.fields,
      terms,
      postingLengths: packed.lengths,
      postings: packed.entries,
      fieldLengths: this.fieldLengths.subarray(0, this.nextDoc * this.fields.length),
    };
  }

  /** Documents matching `query`, best first (ties: first added first). */
  search(query: string, options: IndexSearchOptions = {}): IndexMatch[] {
    const terms = tokenizeForSearch(query)
      .map((token) => processTerm(token))
      .filter((term): term is string => !!term);
    if (terms.length === 0 || this.live === 0) return [];
    const and = (options.combineWith ?? 'OR').toUpperCase() === 'AND';
    const sources = [...new Set(terms)];
    const specs = this.specs(terms, sources, options);
    const fields = (options.fields ?? this.fields).map((field) => {
      const id = this.fields.indexOf(field);
      if (id < 0) throw new Error(`unknown field ${field}`);
      return { id, name: field, boost: options.boost?.[field] || 1 };
    });
    const minTerms = Math.max(1, options.minTerms ?? 1);
    // Only the first `opening` terms, the cheapest, bring in new documents; the rest add to those found.
    // AND: a match holds the cheapest term. OR with m of S different terms: a match holds one of the
    // S − m + 1 cheapest at least, or it would hold m − 1 at most.
    const opening = and
      ? 1
      : specs.length === sources.length && minTerms > 1
        ? sources.length - minTerms + 1
        : specs.length;
    if (opening < specs.length) specs.sort((a, b) => a.cost - b.cost);
    if (and && specs.some((spec) => spec.expansions.length === 0)) return [];
    const scratch = this.ensureScratch();
    const generation = scratch.next();
    const { score, specHits, termHits, touched, picked } = scratch;
    /** The documents scored so far are `touched[0…touchedCount)`. */
    let touchedCount = 0;
    const width = this.fields.length;
    const N = this.live;
    const clean = this.discarded === 0;
    // One query term: every document found matches, once, so there is nothing to count but its score.
    const single = specs.length === 1 && minTerms === 1;
    specs.forEach((spec, s) => {
      const restricted = s >= opening;
      // AND, from the second term on: only documents that hold every term so far can still match.
      const narrowing = and && restricted;
      let sorted = false;
      if (narrowing) {
        let kept = 0;
        for (let i = 0; i < touchedCount; i++) if (specHits[touched[i]!] === s) touched[kept++] = touched[i]!;
        touchedCount = kept;
      }
      for (const { termId, weight } of spec.expansions) {
        for (const field of fields) {
          const slot = termId * width + field.id;
          const parts = this.postings.parts(slot);
          let df = 0;
          if (clean) df = this.postings.length(slot);
          else
            for (const part of parts)
              for (let i = 0; i < part.length; i++) df += this.alive[docOf(part[i]!)]!;
          if (df === 0) continue;
          const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5));
          const factor = weight * field.boost * idf;
          const average = this.totalLength[field.id]! / N;
          // Few candidates against a long list: look each one up rather than read the whole list.
          const lookUp = restricted && touchedCount * 8 < df;
          if (lookUp && !sorted) {
            touched.subarray(0, touchedCount).sort();
            sorted = true;
          }
          for (const part of parts) {
            const list = lookUp ? intersect(part, touched.subarray(0, touchedCount), picked) : part;
            touchedCount = this.scoreList(list, field.id, factor, average, generation, touchedCount, {
              spec: s,
              source: spec.source,
              restricted,
              narrowing,
              counted: !single,
            });
          }
        }
      }
    });
    // The matches, kept in place at the front of `touched`.
    let found = 0;
    for (let i = 0; i < touchedCount && !single; i++) {
      const doc = touched[i]!;
      // MiniSearch's quality factor: a document is worth more for each different query term it holds.
      if (and ? specHits[doc] === specs.length : termHits[doc]! >= minTerms) {
        score[doc] = score[doc]! * (and ? sources.length : termHits[doc]!);
        touched[found++] = doc;
      }
    }
    if (single) found = touchedCount;
    const best = topDocuments(touched.subarray(0, found), score, options.limit);
    return best.map((doc) => new Match(this, doc, score[doc]!, specs, sources, fields, and));
  }

  /**
   * The index terms within `maxDistance` edits of `term` (a swap of two letters is one), the term itself
   * included: the closest first, then the commonest.
   */
  closeTerms(term: string, maxDistance: number): CloseTerm[] {
    const width = this.fields.length;
    const found: CloseTerm[] = [];
    for (const [close, distance] of this.dictionary.fuzzy(term, maxDistance, true)) {
      const id = this.dictionary.id(close)!;
      let documents = 0;
      for (let f = 0; f < width; f++) documents += this.postings.length(id * width + f);
      if (documents > 0) found.push({ term: close, distance, documents });
    }
    return found.sort((a, b) => a.distance - b.distance || b.documents - a.documents);
  }

  /**
   * Adds the BM25+ scores of one posting list (or the entries of it that were looked up) to the documents
   * of a search, and returns how many documents are scored now: the hot loop of every search, kept apart
   * with its state in locals so that it compiles to a tight loop.
   */
  private scoreList(
    list: Uint32Array,
    field: number,
    factor: number,
    average: number,
    generation: number,
    touchedCount: number,
    how: ListScoring,
  ): number {
    const { score, seen, touched, specHits, lastSpec, termHits, lastSource } = this.scratch!;
    const { alive, fieldLengths } = this;
    const { spec, source, restricted, narrowing, counted } = how;
    const width = this.fields.length;
    const clean = this.discarded === 0;
    // BM25+ with its constants folded: d + tf (k + 1) / (tf + k (1 - b) + k b length / average).
    const saturation = BM25.k + 1;
    const fixed = BM25.k * (1 - BM25.b);
    const perLength = (BM25.k * BM25.b) / average;
    let count = touchedCount;
    for (let i = 0; i < list.length; i++) {
      const entry = list[i]!;
      const doc = entry >>> TF_BITS;
      if (!clean && alive[doc] !== 1) continue;
      const fresh = seen[doc] !== generation;
      if (restricted && (fresh || (narrowing && specHits[doc] !== spec && lastSpec[doc] !== spec))) continue;
      const tf = entry & TF_MASK;
      const length = fieldLengths[doc * width + field]!;
      const points = factor * (BM25.d + (tf * saturation) / (tf + fixed + perLength * length));
      if (fresh) {
        seen[doc] = generation;
        score[doc] = points;
        touched[count++] = doc;
        if (!counted) continue;
        specHits[doc] = 1;
        termHits[doc] = 1;
        lastSpec[doc] = spec;
        lastSource[doc] = source;
        continue;
      }
      score[doc]! += points;
      if (!counted) continue;
      if (lastSpec[doc] !== spec) {
        lastSpec[doc] = spec;
        specHits[doc]!++;
      }
      if (lastSource[doc] !== source) {
        lastSource[doc] = source;
        termHits[doc]!++;
      }
    }
    return count;
  }

  /** Whether `doc` holds the index term `termId` in field `field`. */
  holds(doc: number, termId: number, field: number): boolean {
    return this.postings.find(termId * this.fields.length + field, doc) >= 0;
  }

  private specs(terms: string[], sources: string[], options: IndexSearchOptions): Spec[] {
    const weights = { ...WEIGHTS, ...options.weights };
    const maxFuzzy = options.maxFuzzy ?? MAX_FUZZY;
    // Repeats of a term stay next to each other, so a document counts each query term once.
    const order = terms
      .map((term, i) => ({ term, i }))
      .sort((a, b) => sources.indexOf(a.term) - sources.indexOf(b.term));
    return order.map(({ term, i }) => {
      const prefix =
        typeof options.prefix === 'function' ? options.prefix(term, i, terms) : options.prefix === true;
      const fuzzyOption = typeof options.fuzzy === 'function' ? options.fuzzy(term, i, terms) : options.fuzzy;
      const expansions: Spec['expansions'] = [];
      const exact = this.dictionary.id(term);
      if (exact !== undefined) expansions.push({ termId: exact, term, weight: 1 });
      const byPrefix = new Set<string>();
      if (prefix) {
        for (const longer of this.dictionary.withPrefix(term)) {
          const distance = longer.length - term.length;
          if (!distance) continue;
          byPrefix.add(longer);
          const weight = (weights.prefix * longer.length) / (longer.length + 0.3 * distance);
          expansions.push({ termId: this.dictionary.id(longer)!, term: longer, weight });
        }
      }
      if (fuzzyOption) {
        const fuzzy = fuzzyOption === true ? 0.2 : fuzzyOption;
        const maxDistance = fuzzy < 1 ? Math.min(maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy;
        if (maxDistance) {
          for (const [close, distance] of this.dictionary.fuzzy(term, maxDistance, options.transpositions)) {
            if (!distance || byPrefix.has(close)) continue;
            const weight = (weights.fuzzy * close.length) / (close.length + distance);
            expansions.push({ termId: this.dictionary.id(close)!, term: close, weight });
          }
        }
      }
      const width = this.fields.length;
      let cost = 0;
      for (const { termId } of expansions)
        for (let f = 0; f < width; f++) cost += this.postings.length(termId * width + f);
      return { term, position: i, source: sources.indexOf(term), expansions, cost };
    });
  }

  private ensureDocs(count: number): void {
    const width = this.fields.length;
    if (count * width <= this.fieldLengths.length) return;
    const capacity = Math.max(count, this.alive.length * 2, 64);
    const lengths = new Uint16Array(capacity * width);
    lengths.set(this.fieldLengths);
    this.fieldLengths = lengths;
    const alive = new Uint8Array(capacity);
    alive.set(this.alive);
    this.alive = alive;
  }

  private ensureScratch(): Scratch {
    if (!this.scratch || this.scratch.capacity < this.nextDoc) this.scratch = new Scratch(this.alive.length);
    return this.scratch;
  }
}

/**
 * What each different token of the indexed text stands for (its term's number, or none for a stop word),
 * worked out once: a corpus repeats its words, and this turns the split, case folding and stop-word test of
 * every word into one map lookup.
 */
class TokenMemo {
  private readonly ids = new Map<string, number>();
  private termOf = new Int32Array(1024);
  private seen = new Uint32Array(1024);
  private stamp = 0;
  private frequency = new Uint32Array(1024);
  private readonly terms: number[] = [];
  private readonly counts: number[] = [];

  /** The different tokens of `text`, and its terms with their frequencies, in order of first occurrence. */
  count(text: string, dictionary: TermDictionary): { different: number; terms: number[]; counts: number[] } {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const { terms, counts } = this;
    terms.length = 0;
    let different = 0;
    forEachToken(text, (start, end) => {
      const token = text.slice(start, end);
      let id = this.ids.get(token);
      if (id === undefined) id = this.remember(token, dictionary);
      if (this.seen[id] !== this.stamp) {
        this.seen[id] = this.stamp;
        different++;
      }
      const term = this.termOf[id]!;
      if (term < 0) return;
      if (term >= this.frequency.length) this.frequency = grown(this.frequency, term + 1);
      if (this.frequency[term] === 0) terms.push(term);
      this.frequency[term]!++;
    });
    counts.length = terms.length;
    for (let i = 0; i < terms.length; i++) {
      counts[i] = this.frequency[terms[i]!]!;
      this.frequency[terms[i]!] = 0;
    }
    return { different, terms, counts };
  }

  private remember(token: string, dictionary: TermDictionary): number {
    const id = this.ids.size;
    this.ids.set(token, id);
    if (id >= this.termOf.length) {
      this.termOf = grown(this.termOf, id + 1);
      this.seen = grown(this.seen, id + 1);
    }
    const term = processTerm(token);
    this.termOf[id] = term ? dictionary.intern(term) : -1;
    return id;
  }
}

function grown<T extends Int32Array | Uint32Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** How `scoreList` counts a list: which query term it is for, and which documents it may score. */
interface ListScoring {
  /** Index of the term among the terms as searched, and of its query term among the different ones. */
  spec: number;
  source: number;
  /** Only documents already scored. */
  restricted: boolean;
  /** AND: only documents that hold every term before this one. */
  narrowing: boolean;
  /** Whether to count the terms each document holds (not needed when the query has one term). */
  counted: boolean;
}

/** Per-document accumulators reused by every search; a generation number marks which entries are current. */
class Scratch {
  readonly score: Float64Array;
  readonly seen: Uint32Array;
  readonly specHits: Uint16Array;
  readonly lastSpec: Int16Array;
  readonly termHits: Uint16Array;
  readonly lastSource: Int16Array;
  /** The documents a search scored, in the order it met them. */
  readonly touched: Int32Array;
  /** The entries of one posting list that a narrowing AND looked up. */
  readonly picked: Uint32Array;
  private generation = 0;

  constructor(readonly capacity: number) {
    this.touched = new Int32Array(capacity);
    this.picked = new Uint32Array(capacity);
    this.score = new Float64Array(capacity);
    this.seen = new Uint32Array(capacity);
    this.specHits = new Uint16Array(capacity);
    this.lastSpec = new Int16Array(capacity);
    this.termHits = new Uint16Array(capacity);
    this.lastSource = new Int16Array(capacity);
  }

  next(): number {
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.seen.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }
}

/**
 * The entries of `list` (a posting list part, in rising document order) for the documents of `docs` (rising),
 * written to `into`: a galloping search from the last place found, so the cost grows with `docs`, not with
 * the list.
 */
function intersect(list: Uint32Array, docs: Int32Array, into: Uint32Array): Uint32Array {
  let count = 0;
  let low = 0;
  for (let d = 0; d < docs.length && low < list.length; d++) {
    const doc = docs[d]!;
    // Gallop to a place past `doc`, then binary-search the last step.
    let step = 1;
    let high = low;
    while (high < list.length && docOf(list[high]!) < doc) {
      low = high + 1;
      high += step;
      step *= 2;
    }
    high = Math.min(high, list.length - 1);
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (docOf(list[mid]!) < doc) low = mid + 1;
      else high = mid;
    }
    if (low < list.length && docOf(list[low]!) === doc) into[count++] = list[low]!;
  }
  return into.subarray(0, count);
}

/** The documents with the highest scores, best first, ties in document order; all of them without a limit. */
function topDocuments(docs: Int32Array, score: Float64Array, limit?: number): number[] {
  const better = (a: number, b: number) => score[b]! - score[a]! || a - b;
  if (limit === undefined || docs.length <= limit) return Array.from(docs).sort(better);
  if (limit <= 0) return [];
  // A heap of the best `limit` so far, worst at the root.
  const heap = Array.from(docs.subarray(0, limit));
  const worse = (a: number, b: number) => score[a]! < score[b]! || (score[a] === score[b] && a > b);
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < limit && worse(heap[l]!, heap[w]!)) w = l;
      if (r < limit && worse(heap[r]!, heap[w]!)) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w]!, heap[i]!];
      i = w;
    }
  };
  for (let i = (limit >> 1) - 1; i >= 0; i--) siftDown(i);
  // Most documents score below the worst kept: one comparison with a number turns them away.
  let floor = score[heap[0]!]!;
  for (let i = limit; i < docs.length; i++) {
    const doc = docs[i]!;
    if (score[doc]! < floor) continue;
    if (worse(heap[0]!, doc)) {
      heap[0] = doc;
      siftDown(0);
      floor = score[heap[0]!]!;
    }
  }
  return heap.sort(better);
}

/** A result whose matched terms are looked up only when asked for (most callers need only doc and score). */
class Match implements IndexMatch {
  private matched?: Record<string, string[]>;

  constructor(
    private readonly index: SearchIndex,
    readonly doc: number,
    readonly score: number,
    private readonly specs: Spec[],
    private readonly sources: string[],
    private readonly fields: { id: number; name: string }[],
    private readonly and: boolean,
  ) {}

  get match(): Record<string, string[]> {
    if (!this.matched) {
      const matched: Record<string, string[]> = {};
      for (const spec of [...this.specs].sort((a, b) => a.position - b.position)) {
        for (const { termId, term } of spec.expansions) {
          for (const field of this.fields) {
            if (!this.index.holds(this.doc, termId, field.id)) continue;
            const list = (matched[term] ??= []);
            if (!list.includes(field.name)) list.push(field.name);
          }
        }
      }
      this.matched = matched;
    }
    return this.matched;
  }

  get terms(): string[] {
    return Object.keys(this.match);
  }

  get queryTerms(): string[] {
    if (this.and) return this.sources;
    const found = new Set<string>();
    for (const spec of this.specs) {
      if (found.has(spec.term)) continue;
      const holds = spec.expansions.some(({ termId }) =>
        this.fields.some((field) => this.index.holds(this.doc, termId, field.id)),
      );
      if (holds) found.add(spec.term);
    }
    return this.sources.filter((term) => found.has(term));
  }
}
