/**
 * The vocabulary of an index: each term's number, and the terms in sorted order for prefix and fuzzy lookups.
 * A sorted array does what MiniSearch's radix tree does (a prefix is a range; a fuzzy walk shares the edit
 * distance rows of a common prefix and skips every term under a prefix that is already too far) at a fraction
 * of the memory, and it is saved and loaded as one string. Terms added later wait in a small sorted array of
 * their own until the next `sort()`, so that adding an article never re-sorts the whole vocabulary.
 */
export class TermDictionary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Every term, sorted, as of the last `sort()`. */
  private sorted: string[] = [];
  /** Terms added since, sorted. */
  private recent: string[] = [];
  /**
   * The last fuzzy lookups: one question looks the same misspelt word up several times (typos allowed, then
   * most of the words, then suggestions), and each walk of a large vocabulary takes a millisecond or two.
   */
  private readonly fuzzyFound = new Map<string, ReadonlyMap<string, number>>();

  /** A dictionary of terms already sorted and without repeats; term `i` gets number `i`. */
  static fromSorted(terms: string[]): TermDictionary {
    const dictionary = new TermDictionary();
    terms.forEach((term, id) => dictionary.ids.set(term, id));
    dictionary.terms.push(...terms);
    dictionary.sorted = terms.slice();
    return dictionary;
  }

  get size(): number {
    return this.terms.length;
  }

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  term(id: number): string {
    return this.terms[id]!;
  }

  /** The term's number, adding the term if it is new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.recent.splice(lowerBound(this.recent, term), 0, term);
      this.fuzzyFound.clear();
      if (this.recent.length > 4096) this.sort();
    }
    return id;
  }

  /** Merges the recent terms into the sorted vocabulary. */
  sort(): void {
    if (this.recent.length === 0) return;
    this.sorted = this.terms.slice().sort(compare);
    this.recent = [];
  }

  /** Every term that starts with `prefix` (the prefix itself included), in sorted order within each part. */
  withPrefix(prefix: string): string[] {
    const found: string[] = [];
    for (const list of [this.sorted, this.recent]) {
      for (let i = lowerBound(list, prefix); i < list.length && list[i]!.startsWith(prefix); i++) {
        found.push(list[i]!);
      }
    }
    return found;
  }

  /**
   * Every term within `maxDistance` edits (insert, delete, substitute) of `query`, with its distance. With
   * `transpositions`, two neighbouring letters swapped count as one edit, as a typist makes them ("markte").
   */
  fuzzy(query: string, maxDistance: number, transpositions = false): ReadonlyMap<string, number> {
    const keyOf = (distance: number) => `${distance}${transpositions ? 't' : ''}:${query}`;
    const known = this.fuzzyFound.get(keyOf(maxDistance));
    if (known) return known;
    let found = new Map<string, number>();
    // A lookup with a larger maximum holds the answer: a question first asks how close the nearest
    // terms are, then searches at that distance.
    const wider = [1, 2].map((more) => this.fuzzyFound.get(keyOf(maxDistance + more))).find(Boolean);
    if (wider) found = new Map([...wider].filter(([, distance]) => distance <= maxDistance));
    else {
      const search = new FuzzySearch(query, maxDistance, transpositions);
      search.run(this.sorted, found);
      search.run(this.recent, found);
    }
    if (this.fuzzyFound.size >= FUZZY_LOOKUPS_KEPT)
      this.fuzzyFound.delete(this.fuzzyFound.keys().next().value!);
    this.fuzzyFound.set(keyOf(maxDistance), found);
    return found;
  }
}

const FUZZY_LOOKUPS_KEPT = 64;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first index of `list` (from `from` on) whose term is not before `term`. */
function lowerBound(list: readonly string[], term: string, from = 0): number {
  let low = from;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! < term) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Levenshtein distance against a sorted list, row by row like MiniSearch's `fuzzyGet`: the rows of the
 * prefix a term shares with the one before are kept, and when a row's best distance already exceeds the
 * maximum, every term under that prefix is skipped at once. With transpositions it is the optimal string
 * alignment distance: a swap reads the row two back, which is also kept, so the pruning still holds (a
 * row past the maximum means the row before it had nothing below the maximum to swap from).
 */
class FuzzySearch {
  private readonly n: number;
  private readonly matrix: Uint8Array;

  constructor(
    private readonly query: string,
    private readonly maxDistance: number,
    private readonly transpositions: boolean,
  ) {
    this.n = query.length + 1;
    const rows = this.n + maxDistance;
    this.matrix = new Uint8Array(rows * this.n).fill(maxDistance + 1);
    for (let j = 0; j < this.n; j++) this.matrix[j] = j;
    for (let i = 1; i < rows; i++) this.matrix[i * this.n] = i;
  }

  run(list: readonly string[], found: Map<string, number>): void {
    const { n, matrix, query, maxDistance, transpositions } = this;
    const rows = n + maxDistance;
    let previous = '';
    /** Rows 0…valid are computed for the first `valid` characters of `previous`. */
    let valid = 0;
    let i = 0;
    while (i < list.length) {
      const term = list[i]!;
      let row = 0;
      const limit = Math.min(valid, term.length);
      while (row < limit && term.charCodeAt(row) === previous.charCodeAt(row)) row++;
      let pruned = -1;
      for (; row < term.length; row++) {
        const r = row + 1;
        if (r >= rows) {
          pruned = row; // longer than the query by more than the maximum distance
          break;
        }
        const char = term[row];
        const thisRow = n * r;
        const previousRow = thisRow - n;
        let minDistance = matrix[thisRow]!;
        const jmin = Math.max(0, r - maxDistance - 1);
        const jmax = Math.min(n - 1, r + maxDistance);
        for (let j = jmin; j < jmax; j++) {
          const replace = matrix[previousRow + j]! + (char !== query[j] ? 1 : 0);
          const remove = matrix[previousRow + j + 1]! + 1;
          const insert = matrix[thisRow + j]! + 1;
          let distance = Math.min(replace, remove, insert);
          if (transpositions && r > 1 && j > 0 && char === query[j - 1] && term[row - 1] === query[j]) {
            distance = Math.min(distance, matrix[previousRow - n + j - 1]! + 1);
          }
          matrix[thisRow + j + 1] = distance;
          if (distance < minDistance) minDistance = distance;
        }
        if (minDistance > maxDistance) {
          pruned = row;
          break;
        }
      }
      previous = term;
      if (pruned >= 0) {
        // No term that starts with term[0…pruned] can be close enough: skip them all.
        valid = pruned;
        const prefix = term.slice(0, pruned + 1);
        i++;
        // Usually the next term is already past them.
        if (i < list.length && list[i]!.startsWith(prefix)) i = lowerBound(list, `${prefix}\uffff`, i);
        while (i < list.length && list[i]!.startsWith(prefix)) i++;
        continue;
      }
      valid = term.length;
      const distance = matrix[term.length * n + n - 1]!;
      if (distance <= maxDistance) found.set(term, distance);
      i++;
    }
  }
}
