/**
 * Which documents hold a term in a field, and how often: one list per (term, field) "slot", each entry a
 * document number and its term frequency packed into one 32-bit word, in rising document order.
 *
 * A list has two parts: a range of one shared `base` array (what was loaded from the cache, or packed by the
 * last `pack()`), and a growable tail for documents added since. Packed integers in typed arrays keep the
 * 50,000-article index at a few bytes per posting, outside the JavaScript heap, and make saving and loading
 * a copy of memory rather than the (de)serialisation of millions of objects.
 */

export const TF_BITS = 8;
export const TF_MASK = (1 << TF_BITS) - 1;
/** A term counted more often in one field of one document counts this often (BM25 saturated long before). */
export const MAX_TF = TF_MASK;
/** Document numbers must fit in the bits left beside the frequency. */
export const MAX_DOCUMENTS = 2 ** (32 - TF_BITS);

export function pack(doc: number, tf: number): number {
  return ((doc << TF_BITS) | Math.min(tf, MAX_TF)) >>> 0;
}

export function docOf(entry: number): number {
  return entry >>> TF_BITS;
}

export function tfOf(entry: number): number {
  return entry & TF_MASK;
}

export class PostingLists {
  private base: Uint32Array;
  private baseStart: Uint32Array;
  private baseLength: Uint32Array;
  private tails: (Uint32Array | undefined)[] = [];
  private tailLength: Uint32Array;
  private slots: number;

  constructor(
    slots = 0,
    base: Uint32Array = new Uint32Array(0),
    baseLength: Uint32Array = new Uint32Array(slots),
  ) {
    this.slots = slots;
    this.base = base;
    this.baseLength = grow(baseLength, Math.max(16, slots));
    this.baseStart = new Uint32Array(this.baseLength.length);
    let offset = 0;
    for (let slot = 0; slot < slots; slot++) {
      this.baseStart[slot] = offset;
      offset += this.baseLength[slot]!;
    }
    if (offset !== base.length)
      throw new Error(`posting lists hold ${base.length} entries, lengths say ${offset}`);
    this.tailLength = new Uint32Array(this.baseLength.length);
  }

  get slotCount(): number {
    return this.slots;
  }

  /** Makes room for slots up to `count`. */
  ensureSlots(count: number): void {
    if (count <= this.slots) return;
    if (count > this.baseLength.length) {
      const capacity = Math.max(count, this.baseLength.length * 2);
      this.baseLength = grow(this.baseLength, capacity);
      this.baseStart = grow(this.baseStart, capacity);
      this.tailLength = grow(this.tailLength, capacity);
    }
    // Filled in order, so that the array stays a plain array and never turns into a dictionary.
    while (this.tails.length < count) this.tails.push(undefined);
    this.slots = count;
  }

  /** Appends a posting; `doc` must be greater than every document already in the list. */
  append(slot: number, doc: number, tf: number): void {
    const length = this.tailLength[slot]!;
    let tail = this.tails[slot];
    if (tail === undefined || length === tail.length) {
      tail = grow(tail ?? new Uint32Array(0), Math.max(2, length * 2));
      this.tails[slot] = tail;
    }
    tail[length] = pack(doc, tf);
    this.tailLength[slot] = length + 1;
  }

  length(slot: number): number {
    return this.baseLength[slot]! + this.tailLength[slot]!;
  }

  /** The list's entries, as at most two arrays (loaded part, added part); views, not copies. */
  parts(slot: number): Uint32Array[] {
    const parts: Uint32Array[] = [];
    const baseLength = this.baseLength[slot]!;
    if (baseLength > 0) {
      const start = this.baseStart[slot]!;
      parts.push(this.base.subarray(start, start + baseLength));
    }
    const tailLength = this.tailLength[slot]!;
    if (tailLength > 0) parts.push(this.tails[slot]!.subarray(0, tailLength));
    return parts;
  }

  /** The entry of `doc` in the list, or -1. */
  find(slot: number, doc: number): number {
    for (const part of this.parts(slot)) {
      let low = 0;
      let high = part.length - 1;
      while (low <= high) {
        const mid = (low + high) >>> 1;
        const found = docOf(part[mid]!);
        if (found === doc) return part[mid]!;
        if (found < doc) low = mid + 1;
        else high = mid - 1;
      }
    }
    return -1;
  }

  /**
   * Every list in one array again, slots renumbered by `slotMap` (old slot → new, or -1 to drop) and
   * documents by `docMap` (old → new, or -1 for a discarded document, whose postings are dropped).
   */
  pack(slotMap: Int32Array, newSlots: number, docMap: Int32Array): PostingLists {
    const lengths = new Uint32Array(newSlots);
    let total = 0;
    for (let slot = 0; slot < this.slots; slot++) {
      const to = slotMap[slot]!;
      if (to < 0) continue;
      let kept = 0;
      for (const part of this.parts(slot)) for (const entry of part) if (docMap[docOf(entry)]! >= 0) kept++;
      lengths[to] = kept;
      total += kept;
    }
    const base = new Uint32Array(total);
    const starts = new Uint32Array(newSlots);
    for (let slot = 0, offset = 0; slot < newSlots; slot++) {
      starts[slot] = offset;
      offset += lengths[slot]!;
    }
    for (let slot = 0; slot < this.slots; slot++) {
      const to = slotMap[slot]!;
      if (to < 0) continue;
      let at = starts[to]!;
      for (const part of this.parts(slot)) {
        for (const entry of part) {
          const doc = docMap[docOf(entry)]!;
          if (doc >= 0) base[at++] = pack(doc, tfOf(entry));
        }
      }
    }
    return new PostingLists(newSlots, base, lengths);
  }

  /** The packed form: every list's length and the entries one list after another (after `pack`). */
  get packed(): { lengths: Uint32Array; entries: Uint32Array } {
    if (this.tailLength.subarray(0, this.slots).some((n) => n > 0))
      throw new Error('posting lists not packed');
    return { lengths: this.baseLength.subarray(0, this.slots), entries: this.base };
  }
}

function grow(array: Uint32Array, capacity: number): Uint32Array {
  if (array.length >= capacity) return array;
  const grown = new Uint32Array(capacity);
  grown.set(array);
  return grown;
}
