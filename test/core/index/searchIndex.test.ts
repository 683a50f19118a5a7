import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus.js';
import type { IndexSearchOptions } from '../../../src/core/index/searchIndex.js';
import { SearchIndex } from '../../../src/core/index/searchIndex.js';
import { processTerm, tokenizeForSearch } from '../../../src/core/index/searchTerms.js';
import { splitPassages } from '../../../src/core/text/splitPassages.js';
import { NEWS_ARTICLES } from '../../helpers/newsArticles.js';
import { SEED_CORPUS } from '../../helpers/seedCorpus.js';

interface Doc {
  id: number;
  text: string;
  title: string;
}

/** MiniSearch is the reference: the same documents, queries and options must rank and score alike. */
function reference(docs: Doc[]): MiniSearch<Doc> {
  const ms = new MiniSearch<Doc>({ fields: ['text', 'title'], processTerm, tokenize: tokenizeForSearch });
  ms.addAll(docs);
  return ms;
}

function ours(docs: Doc[]): SearchIndex {
  const index = new SearchIndex(['text', 'title']);
  for (const doc of docs) expect(index.add([doc.text, doc.title])).toBe(doc.id);
  return index;
}

const fuzziness = (term: string) => (term.length <= 3 ? 0 : term.length <= 6 ? 1 : 2);
const lastAsPrefix = (term: string, i: number, all: readonly string[]) =>
  i === all.length - 1 && term.length >= 3;

const OPTIONS: IndexSearchOptions[] = [
  { combineWith: 'AND', prefix: lastAsPrefix },
  { combineWith: 'AND', prefix: lastAsPrefix, fuzzy: fuzziness, boost: { text: 1, title: 0.5 } },
  { combineWith: 'OR', prefix: lastAsPrefix, fuzzy: fuzziness },
  { combineWith: 'OR', prefix: true, fuzzy: 0.34 },
  { combineWith: 'AND', fields: ['title'] },
  { combineWith: 'OR' },
];

/** Queries made of the corpus's own words: whole, cut short, misspelt, and a few that match nothing. */
function queries(docs: Doc[], count: number): string[] {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const words = docs.flatMap((d) => d.text.split(/\s+/)).filter((w) => /^\p{L}{3,}$/u.test(w));
  const pick = () => words[Math.floor(random() * words.length)]!;
  const result: string[] = ['zzzqqq', 'the of and'];
  while (result.length < count) {
    const n = 1 + Math.floor(random() * 3);
    const parts = Array.from({ length: n }, pick);
    const variant = random();
    if (variant < 0.25) parts[n - 1] = parts[n - 1]!.slice(0, 3 + Math.floor(random() * 2));
    else if (variant < 0.5) {
      const w = parts[0]!;
      const at = 1 + Math.floor(random() * (w.length - 2));
      parts[0] = w.slice(0, at) + w.slice(at + 1);
    } else if (variant < 0.55) parts.push(parts[0]!);
    result.push(parts.join(' '));
  }
  return result;
}

function expectSameResults(
  index: SearchIndex,
  ms: MiniSearch<Doc>,
  query: string,
  options: IndexSearchOptions,
) {
  const expected = ms.search(query, options as never);
  const actual = index.search(query, options);
  const label = `${query} ${JSON.stringify(options)}`;
  expect(actual.length, label).toBe(expected.length);
  actual.forEach((match, i) => {
    const want = expected[i]!;
    expect(match.score, label).toBeCloseTo(want.score, 9);
    if (match.doc !== want.id) {
      // Equal scores may come in another order; the document must have the same score.
      expect(expected.find((r) => r.id === match.doc)?.score, label).toBeCloseTo(match.score, 9);
    }
    const same = expected.find((r) => r.id === match.doc)!;
    expect(match.queryTerms.slice().sort(), label).toEqual(same.queryTerms.slice().sort());
    expect(match.terms.slice().sort(), label).toEqual(same.terms.slice().sort());
  });
}

let docs: Doc[];
beforeAll(async () => {
  const { articles } = await loadCorpus(NEWS_ARTICLES);
  const seed = await loadCorpus(SEED_CORPUS);
  docs = [...articles, ...seed.articles].flatMap((article) =>
    splitPassages(article).map((p) => ({ id: 0, text: p.text, title: article.title ?? '' })),
  );
  docs.forEach((doc, i) => (doc.id = i));
});

describe('SearchIndex, against MiniSearch on the same passages', () => {
  it('finds and scores the same documents for every kind of query', () => {
    const index = ours(docs);
    const ms = reference(docs);
    for (const query of queries(docs, 120))
      for (const options of OPTIONS) expectSameResults(index, ms, query, options);
  });

  it('still does after documents are discarded, and after a vacuum renumbers the rest', async () => {
    const index = ours(docs);
    const ms = reference(docs);
    for (let id = 0; id < docs.length; id += 3) {
      index.discard(id);
      ms.discard(id);
    }
    await ms.vacuum();
    const sample = queries(docs, 40);
    for (const query of sample) for (const options of OPTIONS) expectSameResults(index, ms, query, options);
    const map = index.vacuum();
    expect(map[0]).toBe(-1);
    expect(map[1]).toBe(0);
    const renumbered = new MiniSearch<Doc>({
      fields: ['text', 'title'],
      processTerm,
      tokenize: tokenizeForSearch,
    });
    renumbered.addAll(docs.filter((d) => d.id % 3 !== 0).map((d) => ({ ...d, id: map[d.id]! })));
    for (const query of sample)
      for (const options of OPTIONS) expectSameResults(index, renumbered, query, options);
  });

  it('keeps only the best results with a limit, in the same order', () => {
    const index = ours(docs);
    for (const query of queries(docs, 30)) {
      const all = index.search(query, { combineWith: 'OR', prefix: true });
      const best = index.search(query, { combineWith: 'OR', prefix: true, limit: 5 });
      expect(best.map((m) => m.doc)).toEqual(all.slice(0, 5).map((m) => m.doc));
    }
  });

  it('keeps documents holding enough of the terms with minTerms', () => {
    const index = ours(docs);
    const some = index.search('Boeing tanker zzzqqq', { combineWith: 'OR', minTerms: 2 });
    expect(some.length).toBeGreaterThan(0);
    for (const match of some) expect(match.queryTerms).toEqual(['boeing', 'tanker']);
  });

  it('saves to parts and loads back to the same answers', () => {
    const index = ours(docs);
    index.vacuum();
    const loaded = new SearchIndex(['text', 'title'], index.toParts());
    for (const query of queries(docs, 30)) {
      for (const options of OPTIONS) {
        const a = index.search(query, options);
        const b = loaded.search(query, options);
        expect(b.map((m) => [m.doc, m.score])).toEqual(a.map((m) => [m.doc, m.score]));
      }
    }
    expect(() => {
      loaded.add(['new words', '']);
      loaded.toParts();
    }).toThrow(/vacuum/);
  });
});
