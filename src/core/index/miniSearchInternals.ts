import type MiniSearch from 'minisearch';

/**
 * The one place that reads MiniSearch's internals: its term tree (`_index`, a radix tree of term → field
 * number → document number → frequency) and the tables BM25 needs. MiniSearch's public API scores every
 * document that holds any word of a query; a question of eight words over a quarter of a million passages
 * then scores most of them, though a document that holds none of its rarer words can never cover enough of
 * it to be an answer. `scoreQuery` scores with MiniSearch's own formula (BM25+, field boosts, prefix
 * weights) but opens candidates from the words the caller names only, and looks the others up in them.
 * Spelling correction needs the vocabulary itself (which words are near a misspelt one, how many documents
 * hold a word). And `packIndex`/`unpackIndex` save and load an index as flat arrays: MiniSearch's JSON of
 * a large archive is hundreds of megabytes to parse, and its loader parses every document number from a
 * string; a loaded index reads its postings in place (`PackedDocuments`) rather than as millions of Map
 * entries. `test/core/index/miniSearchInternals.test.ts` fails loudly if an upgrade changes any of this.
 */

/** The documents of a term in one field: document number → frequency (MiniSearch's Map, or one loaded in place). */
type Documents = Map<number, number> | PackedDocuments;
type Postings = Map<number, Documents>;

interface TermTree {
  get(term: string): Postings | undefined;
  atPrefix(prefix: string): Iterable<[string, Postings]> & { size: number };
  fuzzyGet(term: string, maxDistance: number): Map<string, [Postings, number]>;
}

interface Internals {
  _index: TermTree & {
    set(term: string, postings: Postings): unknown;
    [Symbol.iterator](): Iterator<[string, Postings]>;
  };
  _idToShortId: Map<string, number>;
  _nextId: number;
  _dirtCount: number;
  _fieldIds: Record<string, number>;
  _documentIds: Map<number, string>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _storedFields: Map<number, Record<string, unknown>>;
}

function internals(index: MiniSearch): Internals {
  const engine = index as unknown as Partial<Internals>;
  const tree = engine._index;
  if (
    !tree ||
    typeof tree.get !== 'function' ||
    typeof tree.fuzzyGet !== 'function' ||
    typeof tree.atPrefix !== 'function' ||
    !(engine._documentIds instanceof Map) ||
    !(engine._idToShortId instanceof Map) ||
    !(engine._fieldLength instanceof Map) ||
    !(engine._storedFields instanceof Map) ||
    !Array.isArray(engine._avgFieldLength) ||
    typeof engine._fieldIds !== 'object' ||
    typeof engine._documentCount !== 'number'
  )
    throw new Error('MiniSearch internals changed: see src/core/index/miniSearchInternals.ts');
  return engine as Internals;
}

/** Documents that hold `term` in their most frequent field (an estimate: discarded ones count until vacuum). */
export function documentFrequency(index: MiniSearch, term: string): number {
  return documentsOf(internals(index)._index.get(term));
}

/** Whether some index term begins with `prefix` (the term itself included). */
export function hasPrefix(index: MiniSearch, prefix: string): boolean {
  return internals(index)._index.atPrefix(prefix).size > 0;
}

/** Index terms within `maxDistance` edits (Levenshtein) of `term`, with their distance and document count. */
export function fuzzyTerms(
  index: MiniSearch,
  term: string,
  maxDistance: number,
): { term: string; distance: number; documents: number }[] {
  const found: { term: string; distance: number; documents: number }[] = [];
  for (const [key, [postings, distance]] of internals(index)._index.fuzzyGet(term, maxDistance)) {
    found.push({ term: key, distance, documents: documentsOf(postings) });
  }
  return found;
}

function documentsOf(postings: Postings | undefined): number {
  let most = 0;
  for (const documents of postings?.values() ?? []) most = Math.max(most, documents.size);
  return most;
}

/** One word of a query: the index terms that stand for it, and whether longer terms it begins match too. */
export interface ScoredWord {
  terms: readonly { term: string; weight: number }[];
  prefix: boolean;
  /** Whether documents holding it are candidates; the others only add to candidates' scores. */
  opens: boolean;
}

/**
 * The documents scored, in flat arrays (a query may score tens of thousands: one object each would cost
 * more than the scoring): document `i` has `ids[i]`, `scores[i]`, and for word `w` the fields holding it as
 * the bits of `bits[i * words + w]` (bit f for the f-th field searched).
 */
export interface ScoredDocuments {
  count: number;
  words: number;
  scores: Float64Array;
  bits: Uint8Array;
  /** The id of document `i` (looked up when asked: most scored documents are never shown). */
  id(i: number): string;
  /** The stored fields of document `i`. */
  stored(i: number): Record<string, unknown> | undefined;
}

/** MiniSearch's defaults: BM25+ parameters and the weight of a prefix match. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;

/**
 * Scores the documents that hold a word that `opens` (or, given `within`, those documents), as MiniSearch
 * scores them (the same BM25+, field boosts and prefix weights), adding the other words' scores where
 * those documents hold them. `boosts` names the fields searched (field name → boost).
 */
export function scoreQuery(
  index: MiniSearch,
  words: readonly ScoredWord[],
  boosts: Readonly<Record<string, number>>,
  within?: Iterable<string>,
): ScoredDocuments {
  const engine = internals(index);
  const fields = Object.entries(boosts).map(([name, boost]) => ({ id: engine._fieldIds[name]!, boost }));
  const { slots, lengths, fieldCount } = scratchOf(engine);
  const docs: number[] = [];
  let scores = new Float64Array(64);
  let bits = new Uint8Array(64 * Math.max(1, words.length));
  const slotOf = (doc: number): number => {
    let slot = slots[doc]!;
    if (slot < 0) {
      if (!engine._documentIds.has(doc)) return -1; // discarded, not yet vacuumed
      slot = docs.push(doc) - 1;
      slots[doc] = slot;
      if (slot >= scores.length) {
        scores = grown(scores, scores.length * 2);
        bits = grown(bits, scores.length * words.length);
      }
    }
    return slot;
  };
  if (within) {
    for (const id of within) {
      const doc = engine._idToShortId.get(id);
      if (doc !== undefined) slotOf(doc);
    }
  }
  const score = (w: number, opening: boolean) => {
    for (const { postings, weight } of expansions(engine._index, words[w]!)) {
      fields.forEach(({ id: field, boost }, f) => {
        const documents = postings.get(field);
        if (!documents) return;
        // BM25+ as MiniSearch computes it, with what is the same for every document worked out once.
        const matching = documents.size;
        const idf = Math.log(1 + (engine._documentCount - matching + 0.5) / (matching + 0.5));
        const factor = weight * boost * idf;
        const lengthFactor = (BM25.k * BM25.b) / engine._avgFieldLength[field]!;
        const base = BM25.k * (1 - BM25.b);
        const bit = 1 << f;
        const credit = (slot: number, doc: number, frequency: number) => {
          const length = lengths[doc * fieldCount + field]!;
          scores[slot]! +=
            factor * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + base + lengthFactor * length));
          bits[slot * words.length + w]! |= bit;
        };
        const packed = documents instanceof PackedDocuments ? documents.plainPairs() : undefined;
        if (opening && packed) {
          // The common case of a loaded index, and the bulk of a query's work: its pairs read in place.
          const { pairs, from, count } = packed;
          for (let k = from; k < from + 2 * count; k += 2) {
            const doc = pairs[k]!;
            const slot = slotOf(doc);
            if (slot >= 0) credit(slot, doc, pairs[k + 1]!);
          }
        } else if (opening) {
          eachDocument(documents, (doc, frequency) => {
            const slot = slotOf(doc);
            if (slot >= 0) credit(slot, doc, frequency);
          });
        } else if (documents.size < docs.length) {
          eachDocument(documents, (doc, frequency) => {
            const slot = slots[doc]!;
            if (slot >= 0) credit(slot, doc, frequency);
          });
        } else {
          docs.forEach((doc, slot) => {
            const frequency = documents.get(doc);
            if (frequency !== undefined) credit(slot, doc, frequency);
          });
        }
      });
    }
  };
  try {
    if (!within) words.forEach((word, w) => word.opens && score(w, true));
    words.forEach((word, w) => (within || !word.opens) && score(w, false));
  } finally {
    for (const doc of docs) slots[doc] = -1; // ready for the next query
  }
  return {
    count: docs.length,
    words: words.length,
    scores,
    id: (i) => engine._documentIds.get(docs[i]!)!,
    bits,
    stored: (i) => engine._storedFields.get(docs[i]!),
  };
}

/**
 * Per index, what each query would otherwise look up in maps for every posting: each document's slot among
 * the scored (-1 for none; reset after each query) and its length in each field. Made again when documents
 * are added or discarded.
 */
interface Scratch {
  stamp: string;
  slots: Int32Array;
  lengths: Float32Array;
  fieldCount: number;
}

const scratches = new WeakMap<Internals, Scratch>();

function scratchOf(engine: Internals): Scratch {
  const stamp = `${engine._nextId}:${engine._documentCount}:${engine._dirtCount}`;
  let scratch = scratches.get(engine);
  if (scratch?.stamp === stamp) return scratch;
  const fieldCount = Object.keys(engine._fieldIds).length;
  const size = engine._nextId + 1;
  const lengths = new Float32Array(size * fieldCount);
  for (const [doc, fieldLengths] of engine._fieldLength) {
    fieldLengths.forEach((length, field) => (lengths[doc * fieldCount + field] = length ?? 0));
  }
  scratch = { stamp, slots: new Int32Array(size).fill(-1), lengths, fieldCount };
  scratches.set(engine, scratch);
  return scratch;
}

function grown<T extends Float64Array | Uint8Array | Uint32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/** The postings a word reads: of each of its terms, and of the longer terms they begin (prefix-weighted). */
function expansions(tree: TermTree, word: ScoredWord): { postings: Postings; weight: number }[] {
  const list: { postings: Postings; weight: number }[] = [];
  for (const { term, weight } of word.terms) {
    const postings = tree.get(term);
    if (postings) list.push({ postings, weight });
    if (!word.prefix) continue;
    for (const [longer, more] of tree.atPrefix(term)) {
      const distance = longer.length - term.length;
      if (distance > 0)
        list.push({
          postings: more,
          weight: (weight * PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance),
        });
    }
  }
  return list;
}

/** An index as flat arrays and a small JSON header (see `packIndex`). */
export interface PackedIndex {
  header: {
    documentCount: number;
    nextId: number;
    dirtCount: number;
    averageFieldLength: number[];
    /** Document ids, in the order of `shortIds`. */
    ids: string[];
    /** Stored fields of each document, in the same order (empty when the index stores none). */
    stored: (Record<string, unknown> | null)[];
  };
  /** The index's terms, in the order of their postings. */
  terms: string[];
  /** MiniSearch's number of each document. */
  shortIds: Uint32Array;
  /** Per document, its length in each field, field by field. */
  fieldLengths: Uint32Array;
  /** Per term: how many fields hold it, then for each its number, its document count and (document, frequency) pairs. */
  postings: Uint32Array;
}

/** The index as flat arrays, to save; `unpackIndex` makes the same index of them. */
export function packIndex(index: MiniSearch, fieldCount: number): PackedIndex {
  const engine = internals(index);
  const ids: string[] = [];
  const stored: (Record<string, unknown> | null)[] = [];
  const shortIds = new Uint32Array(engine._documentIds.size);
  const fieldLengths = new Uint32Array(engine._documentIds.size * fieldCount);
  let d = 0;
  for (const [shortId, id] of engine._documentIds) {
    shortIds[d] = shortId;
    ids.push(id);
    const values = engine._storedFields.get(shortId);
    if (engine._storedFields.size > 0) stored.push(values ?? null);
    const lengths = engine._fieldLength.get(shortId) ?? [];
    for (let f = 0; f < fieldCount; f++) fieldLengths[d * fieldCount + f] = lengths[f] ?? 0;
    d++;
  }
  const terms: string[] = [];
  let postings = new Uint32Array(1 << 16);
  let at = 0;
  const put = (value: number) => {
    if (at >= postings.length) postings = grown(postings, postings.length * 2);
    postings[at++] = value;
  };
  for (const [term, fields] of engine._index) {
    terms.push(term);
    put(fields.size);
    for (const [field, documents] of fields) {
      put(field);
      put(documents.size);
      for (const [doc, frequency] of documents) {
        put(doc);
        put(frequency);
      }
    }
  }
  return {
    header: {
      documentCount: engine._documentCount,
      nextId: engine._nextId,
      dirtCount: engine._dirtCount,
      averageFieldLength: engine._avgFieldLength,
      ids,
      stored,
    },
    terms,
    shortIds,
    fieldLengths,
    postings: postings.subarray(0, at),
  };
}

/** The index `packIndex` packed, loaded into `empty`, a new MiniSearch with the options it was made with. */
export function unpackIndex(empty: MiniSearch, packed: PackedIndex, fieldCount: number): MiniSearch {
  const engine = internals(empty);
  const { header, shortIds, fieldLengths, postings, terms } = packed;
  if (header.ids.length !== shortIds.length || fieldLengths.length !== shortIds.length * fieldCount)
    throw new Error('the saved index does not fit its documents');
  engine._documentCount = header.documentCount;
  engine._nextId = header.nextId;
  engine._dirtCount = header.dirtCount;
  engine._avgFieldLength = header.averageFieldLength;
  header.ids.forEach((id, d) => {
    const shortId = shortIds[d]!;
    engine._documentIds.set(shortId, id);
    engine._idToShortId.set(id, shortId);
    engine._fieldLength.set(shortId, Array.from(fieldLengths.subarray(d * fieldCount, (d + 1) * fieldCount)));
    const values = header.stored[d];
    if (values) engine._storedFields.set(shortId, values);
  });
  let at = 0;
  for (const term of terms) {
    const fields: Postings = new Map();
    for (let count = postings[at++]!; count > 0; count--) {
      const field = postings[at++]!;
      const n = postings[at++]!;
      if (at + 2 * n > postings.length) throw new Error('the saved index does not fit its terms');
      fields.set(
        field,
        ascending(postings, at, n) ? new PackedDocuments(postings, at, n) : mapOf(postings, at, n),
      );
      at += 2 * n;
    }
    engine._index.set(term, fields);
  }
  if (at !== postings.length) throw new Error('the saved index does not fit its terms');
  return empty;
}

/** Calls `visit` with each document and its frequency, without an entry array for each. */
function eachDocument(documents: Documents, visit: (doc: number, frequency: number) => void): void {
  if (documents instanceof PackedDocuments) documents.visit(visit);
  else for (const [doc, frequency] of documents) visit(doc, frequency);
}

/** Whether the `n` (document, frequency) pairs at `from` come in ascending document order, as packed. */
function ascending(pairs: Uint32Array, from: number, n: number): boolean {
  for (let k = 1; k < n; k++) if (pairs[from + 2 * k]! <= pairs[from + 2 * k - 2]!) return false;
  return true;
}

function mapOf(pairs: Uint32Array, from: number, n: number): Map<number, number> {
  const documents = new Map<number, number>();
  for (let k = 0; k < n; k++) documents.set(pairs[from + 2 * k]!, pairs[from + 2 * k + 1]!);
  return documents;
}

/**
 * The documents of a term in one field, read in place from a loaded index's postings (pairs of document
 * number and frequency, in ascending document order): the postings of a large archive are millions of
 * pairs, which as Map entries would take several times the memory, and the time to make them. To MiniSearch
 * it is the Map it keeps there: documents added later go into a Map beside the pairs, and pairs discarded
 * are remembered as gone.
 */
export class PackedDocuments {
  private added: Map<number, number> | undefined;
  private removed: Set<number> | undefined;
  /** Where the last document looked up was: MiniSearch and `scoreQuery` often look up the next one. */
  private cursor = 0;

  constructor(
    private readonly pairs: Uint32Array,
    private readonly from: number,
    private readonly count: number,
  ) {}

  get size(): number {
    return this.count - (this.removed?.size ?? 0) + (this.added?.size ?? 0);
  }

  /** The pairs as loaded, when no document was added or discarded since: to read in a loop of one's own. */
  plainPairs(): { pairs: Uint32Array; from: number; count: number } | undefined {
    if (this.added || this.removed) return undefined;
    return { pairs: this.pairs, from: this.from, count: this.count };
  }

  get(doc: number): number | undefined {
    const added = this.added?.get(doc);
    if (added !== undefined) return added;
    if (this.removed?.has(doc)) return undefined;
    const k = this.find(doc);
    return k < 0 ? undefined : this.pairs[this.from + 2 * k + 1];
  }

  has(doc: number): boolean {
    return this.get(doc) !== undefined;
  }

  set(doc: number, frequency: number): this {
    // A packed document's frequency changed: the pair stands for it no longer.
    if (!this.added?.has(doc) && this.find(doc) >= 0) (this.removed ??= new Set()).add(doc);
    (this.added ??= new Map()).set(doc, frequency);
    return this;
  }

  delete(doc: number): boolean {
    if (this.added?.delete(doc)) return true;
    if (this.removed?.has(doc) || this.find(doc) < 0) return false;
    (this.removed ??= new Set()).add(doc);
    return true;
  }

  /** Each document and its frequency, the packed ones first (as they were added), then the added ones. */
  visit(visit: (doc: number, frequency: number) => void): void {
    const { pairs, from, removed } = this;
    for (let k = 0; k < this.count; k++) {
      const doc = pairs[from + 2 * k]!;
      if (!removed?.has(doc)) visit(doc, pairs[from + 2 * k + 1]!);
    }
    this.added?.forEach((frequency, doc) => visit(doc, frequency));
  }

  *entries(): IterableIterator<[number, number]> {
    const { pairs, from } = this;
    for (let k = 0; k < this.count; k++) {
      const doc = pairs[from + 2 * k]!;
      if (!this.removed?.has(doc)) yield [doc, pairs[from + 2 * k + 1]!];
    }
    if (this.added) yield* this.added.entries();
  }

  *keys(): IterableIterator<number> {
    for (const [doc] of this.entries()) yield doc;
  }

  *values(): IterableIterator<number> {
    for (const [, frequency] of this.entries()) yield frequency;
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries();
  }

  forEach(callback: (frequency: number, doc: number) => void): void {
    this.visit((doc, frequency) => callback(frequency, doc));
  }

  /** The place of `doc` among the pairs, or -1: the next place after the last found first, else by halves. */
  private find(doc: number): number {
    const { pairs, from, count } = this;
    const next = this.cursor + 1;
    if (next < count && pairs[from + 2 * next] === doc) return (this.cursor = next);
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = pairs[from + 2 * middle]!;
      if (value === doc) return (this.cursor = middle);
      if (value < doc) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}
