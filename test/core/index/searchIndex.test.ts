import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src/core/index/searchIndex.js';
import { SearchIndex } from '../../../src/core/index/searchIndex.js';
import { indexTerms, termsOf, tokenizeForIndex } from '../../../src/core/index/searchTerms.js';

const SPEC = { fields: ['text', 'title'], storeFields: ['date'] };
const DOCS = [
  {
    id: 'a#0',
    text: 'Boeing unveiled the 787 Dreamliner.',
    title: 'Boeing rolls out its new jet',
    date: '2007-07-08',
  },
  {
    id: 'a#1',
    text: 'The jet first flew two years later.',
    title: 'Boeing rolls out its new jet',
    date: '2007-07-08',
  },
  { id: 'b#0', text: 'Airbus delayed the A380 again.', title: 'Airbus delay', date: '2006-10-03' },
];

function index(): SearchIndex {
  const built = new SearchIndex(SPEC);
  for (const doc of DOCS) built.add(doc);
  return built;
}

describe('SearchIndex', () => {
  it('is MiniSearch: the same documents, terms and options score alike', () => {
    const reference = new MiniSearch({ ...SPEC, processTerm: indexTerms, tokenize: tokenizeForIndex });
    reference.addAll(DOCS);
    for (const query of ['Boeing jet', 'delayed', 'flew first']) {
      const ours = index()
        .search(termsOf(query))
        .map((hit) => [hit.id, hit.score.toPrecision(12)]);
      const theirs = reference
        .search(termsOf(query).join(' '), { tokenize: (q) => q.split(' '), processTerm: (t) => t })
        .map((result) => [result.id, result.score.toPrecision(12)]);
      expect(ours).toEqual(theirs);
    }
  });

  it('gives each hit its stored fields and the fields holding each word of the query', () => {
    const [hit] = index().search(termsOf('Dreamliner Boeing'));
    expect(hit).toMatchObject({
      id: 'a#0',
      stored: { date: '2007-07-08' },
      found: [['text'], ['text', 'title']],
    });
  });

  it('scores the words that do not open candidates only where an opening one is', () => {
    const words = termsOf('Dreamliner jet');
    const all = index().search(words);
    const opened = index().search([words[0]!, { terms: [{ term: words[1]!, weight: 1 }], opens: false }]);
    expect(all.map((hit) => hit.id)).toEqual(['a#0', 'a#1']);
    const view = (hits: SearchHit[]) => hits.map(({ id, score, found }) => ({ id, score, found }));
    expect(view(opened)).toEqual(view(all.filter((hit) => hit.id === 'a#0')));
  });

  it('weighs a stand-in word as asked, and reads the last word as a prefix when asked', () => {
    const [exact] = index().search([{ terms: [{ term: 'airbu', weight: 1 }] }]);
    const [standIn] = index().search([{ terms: [{ term: 'airbu', weight: 0.45 }] }]);
    expect(standIn!.score).toBeCloseTo(exact!.score * 0.45);
    expect(
      index()
        .search([{ terms: [{ term: 'dream', weight: 1 }], prefix: true }])
        .map((h) => h.id),
    ).toEqual(['a#0']);
    expect(index().search(['dream'])).toEqual([]);
  });

  it('keeps only documents holding every word with AND', () => {
    expect(index().search(termsOf('Boeing Airbus'), { combineWith: 'AND' })).toEqual([]);
    const both = index().search(termsOf('Boeing jet'), { combineWith: 'AND' });
    expect(both.map((h) => h.id).sort()).toEqual(['a#0', 'a#1']);
  });

  it('finds a word whatever its form, a name as a name, and a title abbreviated or spelt out', () => {
    const built = new SearchIndex({ fields: ['text'] });
    built.add({ id: '1', text: 'Steve Jobs resigned.' });
    built.add({ id: '2', text: 'The plant cut 2,000 jobs.' });
    built.add({ id: '3', text: 'Chief executive Alan Mulally spoke.' });
    expect(built.search(termsOf('resigning')).map((h) => h.id)).toEqual(['1']);
    // "Jobs" as typed is the name; "jobs" is any of them.
    expect(built.search(['jobs']).map((h) => h.id)).toEqual(['1']);
    expect(
      built
        .search(termsOf('jobs'))
        .map((h) => h.id)
        .sort(),
    ).toEqual(['1', '2']);
    expect(built.search(termsOf('CEO')).map((h) => h.id)).toEqual(['3']);
    built.add({ id: '4', text: 'Prime Minister Ana Reyes and the managing director of Coastline met.' });
    expect(built.search(termsOf('PM')).map((h) => h.id)).toEqual(['4']);
    expect(built.search(termsOf('MD')).map((h) => h.id)).toEqual(['4']);
  });

  it('finds a word in its British or American spelling', () => {
    const built = new SearchIndex({ fields: ['text'] });
    built.add({ id: '1', text: 'The harbour master and the union organiser met at the theatre.' });
    built.add({ id: '2', text: 'The paediatrician analysed the defence programme.' });
    for (const query of ['harbor', 'organizer', 'organization', 'theater', 'Harbor Master'])
      expect(built.search(termsOf(query)).map((h) => h.id)).toEqual(['1']);
    for (const query of ['pediatrician', 'analyzed', 'defense', 'program'])
      expect(built.search(termsOf(query)).map((h) => h.id)).toEqual(['2']);
    // Words that only look British are found as they are, and "hour", "tour" and "rise" stay themselves.
    expect(termsOf('hour tour rise devour')).toEqual(['hour', 'tour', 'rise', 'devor']);
  });

  it('forgets a discarded document at once', () => {
    const built = index();
    built.discard('a#0');
    built.discard('no such id');
    expect(built.search(termsOf('Boeing')).map((h) => h.id)).toEqual(['a#1']);
    expect(built.documentCount).toBe(2);
  });

  it('finds the terms close to a misspelt word, two swapped letters counting as one edit', () => {
    expect(index().closeTerms('arbus', 1)).toEqual([{ term: 'airbus', distance: 1, documents: 1 }]);
    expect(
      index()
        .closeTerms('boeign', 1)
        .map((c) => c.term),
    ).toContain('boeing');
    expect(index().closeTerms('zzzz', 1)).toEqual([]);
  });

  it('refuses to boost a field it does not have', () => {
    expect(() => index().search(['boe'], { boost: { txet: 2 } })).toThrow(/no field "txet"/);
  });

  it('packs into flat arrays and loads back to the same answers, discarded documents left out', () => {
    const original = index();
    original.discard('b#0');
    const loaded = new SearchIndex(SPEC, original.pack());
    const view = (hits: SearchHit[]) =>
      hits.map(({ id, score, found, stored }) => ({ id, score, found, stored }));
    expect(view(loaded.search(termsOf('Boeing jet')))).toEqual(view(original.search(termsOf('Boeing jet'))));
    expect(loaded.closeTerms('boeign', 1)).toEqual(original.closeTerms('boeign', 1));
    expect(loaded.documentCount).toBe(2);
    expect(loaded.search(termsOf('Airbus'))).toEqual([]);
    loaded.add(DOCS[2]!);
    expect(loaded.search(termsOf('Airbus')).map((hit) => hit.id)).toEqual(['b#0']);
  });

  it('goes on after loading as if never saved: documents added, discarded and added again score alike', () => {
    const extra = [
      { id: 'c#0', text: 'Boeing delayed the 787 again.', title: 'Boeing delay', date: '2008-01-16' },
      { id: 'c#1', text: 'The jet flew at last.', title: 'Boeing delay', date: '2009-12-15' },
    ];
    const live = (start: SearchIndex) => {
      start.add(extra[0]!);
      start.discard('a#1');
      start.add(extra[1]!);
      start.discard('c#0');
      start.add({ ...extra[0]!, text: 'Boeing delayed the 787 once more.' });
      return start;
    };
    const never = live(index());
    const loaded = live(new SearchIndex(SPEC, index().pack()));
    const view = (hits: SearchHit[]) =>
      hits.map(({ id, score, found, stored }) => ({ id, score, found, stored }));
    for (const query of ['Boeing jet', '787 delayed', 'jet flew', 'Airbus', 'once more'])
      expect(view(loaded.search(termsOf(query)))).toEqual(view(never.search(termsOf(query))));
    expect(loaded.documentCount).toBe(never.documentCount);
    // And saved again, it loads to the same answers.
    const again = new SearchIndex(SPEC, loaded.pack());
    expect(view(again.search(termsOf('Boeing 787')))).toEqual(view(never.search(termsOf('Boeing 787'))));
  });
});

describe('termsOf: amounts news abbreviates', () => {
  it('reads "7.5m" and "$2bn" as the millions and billions written out', () => {
    expect(termsOf('a 7.5m euro grant')).toEqual(termsOf('a 7.5 million euro grant'));
    expect(termsOf('the $2bn takeover')).toEqual(termsOf('the 2 billion takeover'));
    expect(termsOf('£40m of savings')).toEqual(termsOf('40 million of savings'));
  });

  it('leaves a number before another word alone', () => {
    expect(termsOf('at 5pm on 3 May')).toEqual([...termsOf('at 5pm'), ...termsOf('on 3 May')]);
    expect(termsOf('at 5pm')).toEqual(['5pm']);
  });
});

describe('tokenizeForIndex: taking over a post', () => {
  it('indexes "take over" with nothing taken over as a start', () => {
    expect(tokenizeForIndex('The new head teacher will take over on 1 September.')).toContain('start');
    expect(tokenizeForIndex('Ms Reyes took over as editor in March.')).toContain('start');
    expect(tokenizeForIndex('He takes over from Mr Dunn next month.')).toContain('start');
  });

  it('does not index a company taken over as a start', () => {
    expect(tokenizeForIndex('Norland will take over the ferry operator.')).not.toContain('start');
  });
});
