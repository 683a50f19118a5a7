import { describe, expect, it } from 'vitest';
import { decodeArticle, encodeArticle, infoOf } from '../../src/core/cache/storedArticle.js';
import { loadCorpus } from '../../src/core/corpus/loadCorpus.js';
import { extractFacts } from '../../src/core/extract/extractFacts.js';
import type { RecordStore, StoredArticle } from '../../src/core/model.js';
import { KnowledgeBase } from '../../src/core/knowledgeBase.js';
import { ask } from '../../src/core/ask/ask.js';
import { SEED_CORPUS } from '../helpers/seedCorpus.js';

const article = (id: string, text: string) => ({ id, file: `${id}.txt`, date: '2024-01-10', text });

describe('KnowledgeBase', () => {
  it('counts articles, passages and facts', () => {
    const kb = KnowledgeBase.build([
      article('a', 'Mayor Ann Lee opened the bridge on January 5. “It is a fine day,” she said.'),
    ]);
    expect(kb.stats).toEqual({ articles: 1, passages: 2, people: 1, events: 1, quotes: 1 });
  });

  it('replaces an article added again under the same id, and forgets a removed one', () => {
    const kb = KnowledgeBase.build([article('a', 'Mayor Ann Lee opened the bridge.')]);
    kb.add(article('a', 'Governor Bob Hill closed the road.'));
    expect(ask(kb, '/who Ann Lee').answers).toEqual([]);
    expect(ask(kb, '/who Bob Hill').answers[0]?.person).toEqual({ name: 'Bob Hill', roles: ['Governor'] });
    expect(kb.stats.articles).toBe(1);
    expect(kb.remove('a')).toBe(true);
    expect(ask(kb, '/who Bob Hill').answers).toEqual([]);
    expect(kb.stats).toEqual({ articles: 0, passages: 0, people: 0, events: 0, quotes: 0 });
  });

  it("reads one passage's facts of a kind, in text order, and none of another passage or kind", () => {
    const kb = KnowledgeBase.build([
      article(
        'a',
        'The bridge opened on January 5 and closed on January 8. “It is fine,” Ann Lee said. “We wait,” she said.',
      ),
    ]);
    const [first] = kb.articlePassages('a');
    const events = kb.passageFacts(first!.id, 'event');
    expect(events.map((fact) => fact.date?.iso)).toEqual(['2024-01-05', '2024-01-08']);
    expect(kb.passageFacts(first!.id, 'quote')).toEqual([]);
    const quotes = [...kb.articlePassages('a')].flatMap((passage) => kb.passageFacts(passage.id, 'quote'));
    expect(quotes.map((fact) => fact.quote?.text)).toEqual(['It is fine', 'We wait']);
    expect(kb.passageFacts('b#0', 'event')).toEqual([]);
  });
});

describe('KnowledgeBase at scale', () => {
  const seedArticles = () => loadCorpus(SEED_CORPUS).then(({ articles }) => articles);
  const QUESTIONS = [
    '/who Vassilenko',
    '/when Istanbul Convention',
    '/quote just society',
    '/search violence',
    '/who Vasilenko',
  ];

  /** Records kept in a map: the same contract as the cache's record folder. */
  function memoryStore(records: Map<string, StoredArticle>): RecordStore {
    const read = (key: string) => {
      const record = records.get(key);
      if (!record) throw new Error(`no record ${key}`);
      return decodeArticle(record);
    };
    return {
      article: ({ key }) => records.get(key)!,
      passage: ({ key }, index) => read(key).passages[index]!,
      fact: ({ key }, id) => read(key).facts.find((fact) => fact.id === id),
    };
  }

  it('saves to a snapshot and comes back answering alike, reading facts from the store', async () => {
    const records = new Map<string, StoredArticle>();
    const kb = new KnowledgeBase({ store: memoryStore(records) });
    for (const article of await seedArticles()) {
      const extracted = extractFacts(article);
      records.set(article.id, encodeArticle(infoOf(article), extracted));
      kb.addExtracted(infoOf(article), extracted, { key: article.id, position: 0 });
    }
    const restored = new KnowledgeBase({ store: memoryStore(records) }, kb.snapshot());
    for (const q of QUESTIONS) expect(ask(restored, q), q).toEqual(ask(kb, q));
    expect([...restored.allFacts()]).toEqual([...kb.allFacts()]);
    expect(restored.stats).toEqual(kb.stats);
  });

  it('answers alike after an article is removed', async () => {
    const articles = await seedArticles();
    const kb = KnowledgeBase.build([article('a', 'Mayor Ann Lee opened the bridge.'), ...articles]);
    const before = QUESTIONS.map((q) => ask(kb, q));
    kb.remove('a');
    expect(QUESTIONS.map((q) => ask(kb, q))).toEqual(before);
    kb.add(article('a', 'Mayor Ann Lee opened the bridge.'));
    expect(ask(kb, '/who Ann Lee').answers[0]?.source.id).toBe('a');
  });

  it('groups the many mentions of a common name by person, the same after a snapshot and removals', () => {
    const given = ['Ann', 'Bob', 'Cy', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal', 'Ida', 'Jon', 'Kai', 'Lou'];
    const articles = given.flatMap((name, i) =>
      [0, 1, 2].map((n) =>
        article(`${name}${n}`, `Analyst ${name} Jobs spoke. Director ${given[(i + n + 1) % 12]} Jobs left.`),
      ),
    );
    const kb = KnowledgeBase.build(articles);
    const people = (answers: { person?: { name: string; roles: string[] } }[]) =>
      answers.map(({ person }) => `${person?.name}: ${person?.roles.join()}`);
    const answer = people(ask(kb, '/who Jobs').answers);
    // Each person once, with each of their role sets: all twelve were analysts and directors.
    expect(answer).toHaveLength(24);
    expect(new Set(answer).size).toBe(24);
    const names = answer.map((line) => line.split(':')[0]);
    expect(names.filter((name, i) => name !== names[i - 1])).toHaveLength(12); // one run per person
    const restored = new KnowledgeBase(
      {},
      kb.snapshot(({ id }) => ({ key: id, position: 0 })),
    );
    expect(people(ask(restored, '/who Jobs').answers)).toEqual(answer);
    for (const { id } of articles.filter((_, i) => i % 2 === 0)) kb.remove(id);
    const rest = KnowledgeBase.build(articles.filter((_, i) => i % 2 === 1));
    // The same people with the same roles; among equal scores, the order may differ from a fresh build.
    expect(people(ask(kb, '/who Jobs').answers).sort()).toEqual(
      people(ask(rest, '/who Jobs').answers).sort(),
    );
  });

  it('answers a person once for each set of roles, from the newest article that gives it', () => {
    const dated = (id: string, date: string, text: string) => ({ ...article(id, text), date });
    const kb = KnowledgeBase.build([
      dated('old', '2020-03-01', 'Finance Minister Ann Lee spoke.'),
      dated('new', '2024-05-02', 'Finance Minister Ann Lee left.'),
      dated('mid', '2022-07-03', 'Mayor Ann Lee opened the bridge.'),
      dated('same', '2024-05-02', 'Finance Minister Ann Lee stayed.'),
    ]);
    const answers = ask(kb, '/who Ann Lee').answers.map((a) => `${a.person?.roles.join()} ${a.source.id}`);
    // Of two as recent, the first found stands for them.
    expect(answers).toEqual(['Finance Minister new', 'Mayor mid']);
    const restored = new KnowledgeBase(
      {},
      kb.snapshot(({ id }) => ({ key: id, position: 0 })),
    );
    expect(
      ask(restored, '/who Ann Lee').answers.map((a) => `${a.person?.roles.join()} ${a.source.id}`),
    ).toEqual(answers);
  });
});
