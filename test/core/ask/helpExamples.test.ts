import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, QUESTION_FORMS } from '../../../src/core/commands.js';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus.js';
import { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { openKnowledgeBase } from '../../../src/core/load/openKnowledgeBase.js';
import { ask } from '../../../src/core/ask/ask.js';
import type { HelpExamples } from '../../../src/core/ask/helpExamples.js';
import { exampleOf, helpExamples, questionsOf } from '../../../src/core/ask/helpExamples.js';
import type { Answer } from '../../../src/core/types.js';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';

const DEV_NEWS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/dev-news');
/** What the seed articles are about: help on another corpus must not speak of it. */
const SEED_WORDS =
  /Vassilenko|Jankauskas|Koshanov|Yespayeva|Mazhilis|Istanbul|Kazakh|just society|domestic violence/i;

/** Every example help offers from the corpus, commands and questions in words. */
const offered = (examples: HelpExamples) => [...Object.values(examples.commands), ...examples.questions];
/** A clock that stands still: the examples are all drawn however slow the machine, and the same every run. */
const stopped = () => 0;
/** The next turn of the event loop, after what help set to run once its reply is on its way. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** The check each kind of example must pass: its first answer is of the kind it shows. */
function expectAnswered(example: string, answer: Answer): void {
  expect(answer.error, example).toBeUndefined();
  const first = answer.answers[0];
  expect(first, example).toBeDefined();
  if (answer.intent === 'who') expect(first?.person?.roles.length, example).toBeGreaterThan(0);
  if (answer.intent === 'when') expect(first?.date?.iso, example).toMatch(/^\d{4}/);
  if (answer.intent === 'quote') expect(first?.quote?.speaker, example).toBeTruthy();
}

describe('help examples on a corpus other than the seed articles', () => {
  let kb: KnowledgeBase;
  let examples: HelpExamples;
  beforeAll(async () => {
    kb = KnowledgeBase.build((await loadCorpus(DEV_NEWS)).articles);
    examples = helpExamples(kb, stopped);
  });

  it('offers an example of every command that asks the corpus, and questions in words', () => {
    expect(Object.keys(examples.commands).sort()).toEqual(['quote', 'search', 'when', 'who']);
    expect(examples.questions.length).toBeGreaterThanOrEqual(1);
    expect(examples.questions.length).toBeLessThanOrEqual(3);
    expect(examples.empty).toBe(false);
  });

  it('offers only examples that find an answer when asked as a user asks them', () => {
    for (const example of offered(examples)) expectAnswered(example!, ask(kb, example!));
  });

  it('names nothing of the seed articles', () => {
    for (const example of offered(examples)) expect(example).not.toMatch(SEED_WORDS);
  });

  it('asks /who by a short name, and questions in words as people ask them', () => {
    expect(examples.commands.who).toMatch(/^\/who \S+$/);
    expect(examples.name).toBe(examples.commands.who!.slice('/who '.length));
    for (const question of examples.questions) expect(question).toMatch(/^(?:Who|When|What) .+\?$/);
  });

  it('offers to follow the person /who is shown with, not a name of its own', () => {
    const follow = COMMANDS.find((c) => c.command === 'follow')!;
    expect(exampleOf(examples, follow)).toBe(`/follow ${examples.name}`);
  });

  it('gives the same examples for the same corpus, whatever order its articles were read in', async () => {
    const reversed = KnowledgeBase.build((await loadCorpus(DEV_NEWS)).articles.reverse());
    expect(helpExamples(reversed, stopped)).toEqual(examples);
  });

  it('works them out once while the corpus stays the same', () => {
    expect(helpExamples(kb)).toBe(examples);
  });

  it('hints at a command given alone with its example from the corpus', () => {
    expect(ask(kb, '/who').error).toBe(
      `Type a name or a role after /who, for example: ${examples.commands.who}`,
    );
    expect(ask(kb, '/when').error).toBe(
      `Type what happened after /when, for example: ${examples.commands.when}`,
    );
    expect(ask(kb, '/search').error).toBe(
      `Type some words after /search, for example: ${examples.commands.search}`,
    );
  });
});

describe('help examples on the seed corpus', () => {
  it('still gives examples of every kind, each of which finds an answer', async () => {
    const kb = await seedKnowledgeBase();
    const examples = helpExamples(kb, stopped);
    expect(Object.keys(examples.commands).sort()).toEqual(['quote', 'search', 'when', 'who']);
    expect(examples.questions.length).toBeGreaterThanOrEqual(1);
    for (const example of offered(examples)) expectAnswered(example!, ask(kb, example!));
  });
});

describe('help examples on an empty corpus', () => {
  const kb = new KnowledgeBase();
  const examples = helpExamples(kb);

  it('says the corpus is empty and offers the forms of the commands and questions, no names', () => {
    expect(examples).toEqual({ empty: true, commands: {}, questions: [] });
    expect(COMMANDS.map((c) => exampleOf(examples, c))).toEqual([
      '/who NAME or ROLE',
      '/when EVENT',
      '/quote WORDS or SPEAKER',
      '/search WORDS',
      '/digest on 08:30 Asia/Almaty',
      '/follow WORDS',
      '/unfollow WORDS or all',
      '/feeds',
      '/help',
    ]);
    expect(questionsOf(examples)).toEqual(QUESTION_FORMS);
  });

  it('hints at a command given alone without an example', () => {
    expect(ask(kb, '/who').error).toBe('Type a name or a role after /who.');
    expect(ask(kb, '/quote').error).toBe('Type some words of the quotation or the speaker after /quote.');
  });
});

describe('help examples as the corpus changes', () => {
  const LIBRARY = `date 2024-03-01
title Northgate opens its new library

Mayor Clara Benz opened the new Northgate library on March 1. “Books are the best investment a town can make,” Benz said at the opening.
`;
  const harbour = (date: string, day: string, did: string, quote: string) => `date ${date}
title Eastport harbour news

Harbour master Tomas Lindqvist ${did} the Eastport harbour on May ${day}. “${quote},” Lindqvist said.
`;
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('follows articles added and removed by the corpus sync, each example still finding an answer', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factdesk-help-'));
    const corpus = path.join(dir, 'corpus');
    await mkdir(corpus);
    await writeFile(path.join(corpus, 'library.txt'), LIBRARY);
    const { kb, corpus: sync } = await openKnowledgeBase(corpus);
    let now = 0;
    const clock = () => now;
    const before = helpExamples(kb, clock);
    expect(before.commands.who).toBe('/who Benz');

    // Lindqvist, newer and named in two articles, is the better example once they are in.
    await writeFile(
      path.join(corpus, 'closed.txt'),
      harbour('2024-05-10', '9', 'closed', 'No boat leaves until the wind drops'),
    );
    await writeFile(
      path.join(corpus, 'reopened.txt'),
      harbour('2024-05-12', '11', 'reopened', 'The storm cost the fishing fleet two days at sea'),
    );
    expect((await sync.sync()).added.sort()).toEqual(['closed', 'reopened']);
    now += 60_000;
    expect(helpExamples(kb, clock)).toBe(before);
    await nextTurn();
    const added = helpExamples(kb, clock);
    expect(added.commands.who).toBe('/who Lindqvist');
    expect(added.commands.when).toMatch(/Eastport/);
    for (const example of offered(added)) expectAnswered(example!, ask(kb, example!));

    await rm(path.join(corpus, 'closed.txt'));
    await rm(path.join(corpus, 'reopened.txt'));
    expect((await sync.sync()).removed.sort()).toEqual(['closed', 'reopened']);
    now += 60_000;
    expect(helpExamples(kb, clock)).toBe(added);
    await nextTurn();
    const removed = helpExamples(kb, clock);
    expect(removed).toEqual(before);
    for (const example of offered(removed)) expect(example).not.toMatch(/Lindqvist|Eastport/);
  });
});

describe('help examples while the corpus keeps changing', () => {
  const article = (n: number) => ({
    id: `harbour-${n}`,
    file: `harbour-${n}.txt`,
    date: `2024-05-${String(10 + n).padStart(2, '0')}`,
    title: 'Eastport harbour news',
    text: `Harbour master Tomas Lindqvist closed the Eastport harbour on May ${10 + n}. “No boat leaves until the wind drops,” Lindqvist said.`,
  });

  it('gives the examples it has and draws new ones after the reply, at most once a minute', async () => {
    const kb = KnowledgeBase.build([
      {
        id: 'library',
        file: 'library.txt',
        date: '2024-03-01',
        title: 'Northgate opens its new library',
        text: 'Mayor Clara Benz opened the new Northgate library on March 1. “Books are the best investment a town can make,” Benz said at the opening.',
      },
    ]);
    let now = 0;
    const clock = () => now;
    const first = helpExamples(kb, clock);
    expect(first.commands.who).toBe('/who Benz');

    // A feed adds an article a few seconds after the examples were drawn: help does not wait for new ones.
    kb.add(article(1));
    now += 5_000;
    expect(helpExamples(kb, clock)).toBe(first);
    await nextTurn();
    expect(helpExamples(kb, clock)).toBe(first);

    // A minute after they were drawn, the next help still gets them, and sets new ones to be drawn.
    now += 55_000;
    expect(helpExamples(kb, clock)).toBe(first);
    await nextTurn();
    const second = helpExamples(kb, clock);
    expect(second.commands.who).toBe('/who Lindqvist');

    // More articles within the minute after that: the new examples stay.
    kb.add(article(2));
    now += 30_000;
    expect(helpExamples(kb, clock)).toBe(second);
    await nextTurn();
    expect(helpExamples(kb, clock)).toBe(second);
  });

  it('asks only a few questions for each example once it has spent its time, so a busy machine still gets some', () => {
    let now = 0;
    // Every reading of this clock is a tenth of a second later: the time is up by the first question.
    const busy = helpExamples(KnowledgeBase.build([article(1)]), () => (now += 100));
    const idle = helpExamples(KnowledgeBase.build([article(1)]), stopped);
    expect(busy.commands.who).toBeDefined();
    expect(offered(idle)).toEqual(expect.arrayContaining(offered(busy)));
  });
});

describe('help examples on a corpus of one article', () => {
  const single = async (file: string) => {
    const [article] = (await loadCorpus(DEV_NEWS)).articles.filter((a) => a.id === file);
    const kb = KnowledgeBase.build([article!]);
    return { kb, examples: helpExamples(kb, stopped) };
  };

  it('asks no question whose subject is a clause of its own', async () => {
    const { kb, examples } = await single('005');
    expect(examples.questions).not.toContainEqual(expect.stringMatching(/\bwho\b/));
    for (const example of offered(examples)) expectAnswered(example!, ask(kb, example!));
  });

  it('asks what a speaker said about two words or a name, never a lone common noun', async () => {
    for (const file of ['001', '003', '004', '006', '009', '010', '016']) {
      const { examples } = await single(file);
      for (const question of examples.questions)
        expect(question, file).not.toMatch(/^What did \S+ say about \p{Ll}+\?$|about \p{Lu}\p{Ll}+\?$/u);
    }
  });

  it('asks /when by a word of the event, not by a place or an adjective alone', async () => {
    for (const file of ['005', '016', '003', '015']) {
      const { kb, examples } = await single(file);
      expect(examples.commands.when, file).toMatch(/^\/when \S+ \S+/);
      expect(examples.commands.when, file).toMatch(/ \p{Ll}/u);
      expectAnswered(examples.commands.when!, ask(kb, examples.commands.when!));
    }
  });

  it('offers words to /search that find something when no two words stand side by side', () => {
    const kb = KnowledgeBase.build([
      {
        id: 'library',
        file: 'library.txt',
        date: '2024-03-01',
        text: 'Mayor Clara Benz opened the library on March 1.',
      },
    ]);
    const { search } = helpExamples(kb, stopped).commands;
    expect(search).toBe('/search library');
    expect(ask(kb, search!).answers.length).toBeGreaterThan(0);
  });
});
