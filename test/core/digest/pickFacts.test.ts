import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/core/digest/factCatalog.js';
import type { FactCatalog } from '../../../src/core/digest/factCatalog.js';
import { DIGEST_SIZE, pickFacts } from '../../../src/core/digest/pickFacts.js';
import { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { openKnowledgeBase } from '../../../src/core/load/openKnowledgeBase.js';
import { factsAbout } from '../../../src/core/query/factsAbout.js';
import { SHELTERS_ARTICLE } from '../../helpers/digestArticles.js';
import { SEED_CORPUS } from '../../helpers/seedCorpus.js';

let kb: KnowledgeBase;
let all: FactCatalog;
beforeAll(async () => {
  kb = (await openKnowledgeBase(SEED_CORPUS)).kb;
  kb.add(SHELTERS_ARTICLE);
  all = buildCatalog(kb.allFacts());
});

// A fixed local date with no anniversary in the corpus, unless a test says otherwise.
const PLAIN_DAY = '2025-02-10';

describe('pickFacts', () => {
  it('gives a person and role, a dated event and a quotation, each with its source', () => {
    const { facts, cycleRestarted } = pickFacts({
      catalog: all,
      seen: new Set(),
      localDate: PLAIN_DAY,
      newArticles: [],
    });
    expect(cycleRestarted).toBe(false);
    expect(facts.map((p) => p.fact.kind)).toEqual(['person', 'event', 'quote']);
    for (const { fact, reason } of facts) {
      expect(reason).toBe('pick');
      expect(fact.source.sentence.length).toBeGreaterThan(0);
      expect(kb.article(fact.source.id)).toBeDefined();
    }
  });

  it('puts an event of the same month and day in an earlier year first, as on this day', () => {
    const { facts } = pickFacts({ catalog: all, seen: new Set(), localDate: '2025-04-04', newArticles: [] });
    expect(facts[0]).toMatchObject({
      reason: 'on-this-day',
      fact: { kind: 'event', date: { iso: '2024-04-04' } },
    });
    expect(facts.length).toBeGreaterThanOrEqual(3);
    // The same date in the same year is not an anniversary.
    const sameYear = pickFacts({ catalog: all, seen: new Set(), localDate: '2024-04-04', newArticles: [] });
    expect(sameYear.facts.some((p) => p.reason === 'on-this-day')).toBe(false);
  });

  it('puts facts of articles added since the last digest first, and fills the rest', () => {
    const { facts } = pickFacts({
      catalog: all,
      seen: new Set(),
      localDate: PLAIN_DAY,
      newArticles: ['shelters'],
    });
    const fromNew = facts.filter((p) => p.reason === 'new');
    // The article's two sentences, each cited once.
    expect(fromNew.map((p) => p.fact.source.id)).toEqual(['shelters', 'shelters']);
    expect(facts.slice(0, 2)).toEqual(fromNew);
    expect(facts.length).toBeLessThanOrEqual(DIGEST_SIZE);
  });

  it('cites a sentence once: of two facts of one sentence it keeps the first, and another sentence fills the slot', () => {
    // “Labour Minister Svetlana Zhakupova opened the first crisis shelter … on May 2” is a person with a role
    // and a dated event.
    const shelters = all.byArticle.get('shelters')!;
    const opening = shelters[0]!.passageId;
    expect(shelters.filter((f) => f.passageId === opening).map((f) => f.kind)).toEqual(['person', 'event']);
    const { facts } = pickFacts({
      catalog: all,
      seen: new Set(),
      localDate: PLAIN_DAY,
      newArticles: ['shelters'],
    });
    expect(facts.filter((p) => p.fact.passageId === opening).map((p) => p.fact.kind)).toEqual(['person']);
    // The article's other sentence is dated ("by the end of the year") and quoted: its event is cited, so the
    // quotation comes from another article.
    expect(facts.map((p) => p.fact.kind)).toEqual(['person', 'event', 'quote']);
    expect(facts.find((p) => p.fact.kind === 'quote')!.fact.source.id).not.toBe('shelters');
  });

  it('never gives two facts of one sentence in a digest, day after day through the whole cycle', () => {
    for (const localDate of [PLAIN_DAY, '2025-04-04']) {
      const seen = new Set<string>();
      for (let day = 0; ; day++) {
        const { facts, cycleRestarted } = pickFacts({
          catalog: all,
          seen,
          localDate,
          newArticles: day === 0 ? ['shelters'] : [],
        });
        if (cycleRestarted) break;
        const sentences = facts.map((p) => p.fact.source.sentence);
        expect(new Set(sentences).size, `${localDate}, digest ${day}`).toBe(sentences.length);
        for (const { fact } of facts) seen.add(fact.id);
      }
      expect(seen.size).toBe(all.ordered.length);
    }
  });

  it('never repeats a fact until every fact of the catalog has been seen, then says the cycle restarts', () => {
    const seen = new Set<string>();
    let digests = 0;
    for (;;) {
      const { facts, cycleRestarted } = pickFacts({
        catalog: all,
        seen,
        localDate: PLAIN_DAY,
        newArticles: [],
      });
      if (cycleRestarted) {
        expect(seen.size).toBe(all.ordered.length);
        expect(facts.length).toBeGreaterThan(0);
        break;
      }
      expect(facts.length).toBeGreaterThan(0);
      for (const { fact } of facts) {
        expect(seen.has(fact.id)).toBe(false);
        seen.add(fact.id);
      }
      digests++;
      expect(digests).toBeLessThan(all.ordered.length + 1);
    }
    expect(digests).toBeGreaterThan(3);
  });

  it('keeps to the topic’s facts and still gives a few when a kind is missing', () => {
    const topic = buildCatalog(factsAbout(kb, 'Istanbul Convention'));
    const { facts } = pickFacts({ catalog: topic, seen: new Set(), localDate: PLAIN_DAY, newArticles: [] });
    expect(facts.length).toBeGreaterThan(0);
    for (const { fact } of facts) expect(topic.ids.has(fact.id)).toBe(true);
  });

  it('leaves out a person named without a role, and gives nothing from an empty catalog', () => {
    const named = KnowledgeBase.build([
      { id: 'n', file: 'n.txt', text: 'Aigerim Tazhi visited Almaty. Tazhi met students there.' },
    ]);
    const people = [...named.allFacts()].filter((f) => f.kind === 'person');
    expect(people.every((f) => f.person?.roles.length === 0)).toBe(true);
    expect(buildCatalog(people).ordered).toEqual([]);
    expect(
      pickFacts({ catalog: buildCatalog([]), seen: new Set(), localDate: PLAIN_DAY, newArticles: [] }),
    ).toEqual({
      facts: [],
      cycleRestarted: false,
    });
  });
});
