import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderHelp } from '../../../src/adapters/console/renderText.js';
import { COMMANDS } from '../../../src/core/commands.js';
import { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { openKnowledgeBase } from '../../../src/core/load/openKnowledgeBase.js';
import { exampleOf, helpExamples } from '../../../src/core/ask/helpExamples.js';

const DEV_NEWS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/dev-news');

describe('console help', () => {
  it('gives each command an example from the corpus, and its questions in words', async () => {
    const { kb } = await openKnowledgeBase(DEV_NEWS);
    const examples = helpExamples(kb);
    const help = renderHelp(kb.stats, examples);
    expect(help).toMatch(/^I know \d+ articles: /);
    for (const info of COMMANDS)
      expect(help).toContain(`${info.description} — e.g. ${exampleOf(examples, info)}`);
    for (const question of examples.questions) expect(help).toContain(`\n  ${question}`);
    expect(help).not.toMatch(/Vassilenko|Mazhilis|Koshanov|Istanbul/);
  });

  it('says when the corpus is empty, and shows how commands and questions are typed', () => {
    const kb = new KnowledgeBase();
    const help = renderHelp(kb.stats, helpExamples(kb));
    expect(help).toMatch(/^The corpus is empty: I know no articles yet\./);
    expect(help).toContain('e.g. /who NAME or ROLE');
    expect(help).toContain('\n  Who is …?');
  });

  it('counts in words that fit one of each', () => {
    const kb = KnowledgeBase.build([
      {
        id: 'library',
        file: 'library.txt',
        date: '2024-03-01',
        text: 'Mayor Clara Benz opened the library on March 1. “Books are the best investment a town can make,” Benz said.',
      },
    ]);
    expect(kb.stats).toMatchObject({ articles: 1, people: 1, events: 1, quotes: 1 });
    expect(renderHelp(kb.stats, helpExamples(kb))).toMatch(
      /^I know 1 article: 1 person, 1 dated event and 1 statement, quoted or reported\.\n/,
    );
  });

  it('lists the chat’s own commands in the chat only', async () => {
    const kb = new KnowledgeBase();
    expect(renderHelp(kb.stats, helpExamples(kb), { chat: true })).toMatch(/\n {2}\/more .*\n {2}\/quit /);
    expect(renderHelp(kb.stats, helpExamples(kb))).not.toMatch(/\/more|\/quit/);
  });
});
