import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { askOnce } from '../../../src/adapters/console/askCommand.js';
import { readableJson } from '../../../src/adapters/console/readableJson.js';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import type { Answer } from '../../../src/core/types.js';
import { SEED_CORPUS, seedKnowledgeBase } from '../../helpers/seedCorpus.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

/** Runs `factdesk ask` on an output that is a terminal of `columns` columns, or a pipe. */
function askOn(text: string, json: boolean, terminal?: { columns: number }) {
  const output = Object.assign(new PassThrough(), terminal ? { isTTY: true, ...terminal } : {});
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const answered = askOnce(kb, text, json, output);
  output.end();
  return { answered, printed };
}

describe('factdesk ask', () => {
  it('lays out --json on a terminal as the README shows it, and on one line for a program', () => {
    const readme = readFileSync(path.join(SEED_CORPUS, '../README.md'), 'utf8');
    const shown =
      /npx factdesk ask --corpus corpus --json "\/who Vassilenko"\n```\n\n```json\n([^]*?)\n```/.exec(
        readme,
      )![1]!;
    expect(askOn('/who Vassilenko', true, { columns: 120 }).printed).toBe(`${shown}\n`);
    const piped = askOn('/who Vassilenko', true).printed;
    expect(piped.trimEnd()).not.toContain('\n');
    expect(JSON.parse(piped)).toEqual(JSON.parse(shown));
  });

  it('says whether anything answered, for the exit code: help does, a question without answer does not', () => {
    expect(askOn('/who Vassilenko', false).answered).toBe(true);
    expect(askOn('/help', false).answered).toBe(true);
    const none = askOn('/who Nobody Atall', false);
    expect(none).toMatchObject({
      answered: false,
      printed: expect.stringContaining('Nothing in the corpus answers'),
    });
    expect(askOn('/hwo Vassilenko', true).answered).toBe(false);
  });
});

describe('readableJson', () => {
  const answer: Answer = {
    input: '/when x',
    intent: 'when',
    query: 'x',
    answers: [],
    suggestions: ['/when y', '/who x'],
  };

  it('puts an object or array on one line when it fits, else a member a line, indented by two', () => {
    expect(readableJson(answer, 110)).toBe(
      '{ "input": "/when x", "intent": "when", "query": "x", "answers": [], "suggestions": ["/when y", "/who x"] }',
    );
    expect(readableJson(answer, 40)).toBe(
      [
        '{',
        '  "input": "/when x",',
        '  "intent": "when",',
        '  "query": "x",',
        '  "answers": [],',
        '  "suggestions": ["/when y", "/who x"]',
        '}',
      ].join('\n'),
    );
    expect(readableJson(answer, 30).split('\n').slice(-5)).toEqual([
      '  "suggestions": [',
      '    "/when y",',
      '    "/who x"',
      '  ]',
      '}',
    ]);
  });

  it('reads back as the same value, escapes and all', () => {
    const value = {
      text: 'a “b”\n\u2028 \\ "c"',
      nested: { list: [1, null, true, { deep: 'x'.repeat(50) }] },
    };
    for (const width of [10, 40, 200]) expect(JSON.parse(readableJson(value, width))).toEqual(value);
  });

  it('gives help without the chat’s own commands: the command line has no next page and nothing to leave', () => {
    const { printed } = askOn('/help', false);
    expect(printed).toMatch(/^I know 2 articles: /);
    expect(printed).toContain('\n  /search ');
    expect(printed).not.toMatch(/\/more|\/quit/);
  });
});
