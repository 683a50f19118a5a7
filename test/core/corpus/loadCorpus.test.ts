import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FILES_READ_AT_ONCE,
  loadCorpus,
  mergeCorpora,
  readArticleFile,
} from '../../../src/core/corpus/loadCorpus.js';
import { splitPassages } from '../../../src/core/extract/splitPassages.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'factdesk-corpus-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = (name: string, content: string | Uint8Array) => writeFile(path.join(dir, name), content);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('loadCorpus', () => {
  it('reads .txt header lines, .md front matter and .jsonl records', async () => {
    await write('a.txt', 'date 2024-04-05\ntitle A title\nurl https://example.org/a\n\nBody of A.');
    await write(
      'b.md',
      '---\ntitle: B title\ndate: 2023-12-01\nurl: https://example.org/b\nsource: Example\n---\n# Heading\n\nBody **of** B.',
    );
    await write(
      'c.jsonl',
      '{"id":"c1","title":"C1","date":"2022-01-02","url":"https://example.org/c1","text":"Body of C1."}\n{"id":"c2","text":"Body of C2."}\n',
    );
    const { articles, warnings } = await loadCorpus(dir);
    expect(warnings).toEqual([]);
    expect(articles).toEqual([
      {
        id: 'a',
        file: 'a.txt',
        date: '2024-04-05',
        title: 'A title',
        url: 'https://example.org/a',
        text: 'Body of A.',
      },
      {
        id: 'b',
        file: 'b.md',
        date: '2023-12-01',
        title: 'B title',
        url: 'https://example.org/b',
        source: 'Example',
        text: 'Body of B.',
      },
      {
        id: 'c1',
        file: 'c.jsonl',
        date: '2022-01-02',
        title: 'C1',
        url: 'https://example.org/c1',
        text: 'Body of C1.',
      },
      { id: 'c2', file: 'c.jsonl', text: 'Body of C2.' },
    ]);
  });

  it('reads a date header that opens the first line, the body following on the same line', () => {
    const { articles } = readArticleFile(
      'seed.txt',
      bytes(' date 2024-04-05 ASTANA – The body starts here.\n\nMore.'),
    );
    expect(articles[0]).toMatchObject({
      id: 'seed',
      date: '2024-04-05',
      text: 'ASTANA – The body starts here.\n\nMore.',
    });
  });

  it('loads an article without a date, and takes a Markdown title from its first heading', () => {
    const { articles } = readArticleFile(
      'note.md',
      bytes('# The heading\n\nText with a [link](https://x.org) and _emphasis_.'),
    );
    expect(articles[0]).toMatchObject({
      id: 'note',
      title: 'The heading',
      text: 'Text with a link and emphasis.',
    });
    expect(articles[0]!.date).toBeUndefined();
  });

  it('makes each Markdown table row and list item a passage of its own, not one endless sentence', () => {
    const markdown = [
      'Results:',
      '',
      '| file | date | quotes |',
      '|---|---|---|',
      '| 001.txt | 2004-11-24 | 10 |',
      '| 002.txt | 2005-06-06 | 4 |',
      '',
      '- Ford cut jobs',
      '- GM closed plants',
    ].join('\n');
    const [article] = readArticleFile('table.md', bytes(markdown)).articles;
    expect(splitPassages(article!).map((p) => p.text)).toEqual([
      'Results:',
      'file · date · quotes',
      '001.txt · 2004-11-24 · 10',
      '002.txt · 2005-06-06 · 4',
      'Ford cut jobs',
      'GM closed plants',
    ]);
  });

  it('skips each bad file with a warning naming it and the reason, and loads the rest', async () => {
    await write('good.txt', 'date 2024-01-01\nA good article.');
    await write('empty.txt', '  \n\n');
    await write('binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]));
    await write(
      'latin1.txt',
      new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74]),
    );
    await write('front.md', '---\ntitle: [unclosed\n---\nBody.');
    await write('unclosed.md', '---\ntitle: x\nBody without the closing line.');
    await write('baddate.txt', 'date 2024-02-30\nBody.');
    await write('baddate.md', '---\ndate: yesterday\n---\nBody.');
    await write(
      'records.jsonl',
      '{"id":"ok","text":"Fine."}\nnot json\n{"id":"nodate","date":"2024-13-01","text":"x"}\n{"text":"no id"}\n',
    );
    await write('notes.pdf', 'ignored: not an article extension');
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(['good', 'ok']);
    expect(warnings).toEqual(
      expect.arrayContaining([
        { file: 'empty.txt', reason: 'empty file' },
        { file: 'binary.txt', reason: 'binary file (contains NUL bytes)' },
        { file: 'latin1.txt', reason: 'not UTF-8 text' },
        { file: 'front.md', reason: expect.stringMatching(/^broken front matter/) },
        { file: 'unclosed.md', reason: 'broken front matter (no closing ---)' },
        { file: 'baddate.txt', reason: 'bad date "2024-02-30" (no such day)' },
        { file: 'baddate.md', reason: 'bad date "yesterday" (expected YYYY-MM-DD)' },
        { file: 'records.jsonl:2', reason: 'not valid JSON' },
        { file: 'records.jsonl:3', reason: 'bad date "2024-13-01" (no such day)' },
        { file: 'records.jsonl:4', reason: 'missing "id"' },
      ]),
    );
    expect(warnings).toHaveLength(10);
  });

  it('reads subfolders, ignores hidden files, and keeps the first of two articles with one id', async () => {
    await mkdir(path.join(dir, '2024'));
    await mkdir(path.join(dir, '.git'));
    await write('2024/x.txt', 'In a subfolder.');
    await write('.git/y.txt', 'Hidden.');
    await write('.hidden.txt', 'Hidden.');
    await write('dup.txt', 'First.');
    await write('dup.md', 'Second.');
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(['2024/x', 'dup']);
    expect(warnings).toEqual([{ file: 'dup.txt', reason: 'duplicate article id "dup" (also in dup.md)' }]);
  });

  it('leaves out documentation files, in any case and in subfolders, and lists them', async () => {
    await mkdir(path.join(dir, 'wire'));
    await write('README.md', '# About\n\n| file | date |\n|---|---|\n| 001.txt | 2004-11-24 |\n');
    await write('license.TXT', 'Permission is hereby granted, free of charge, on 1 May 2024.');
    await write('wire/Source.md', 'Taken from the wire on 2 May 2024.');
    await write('readme-first.md', '# Read me first\n\nMayor Ann Lee opened the bridge.');
    const { articles, warnings, leftOut } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(['readme-first']);
    expect(leftOut).toEqual(['README.md', 'license.TXT', 'wire/Source.md']);
    expect(warnings).toEqual([]);
  });

  it('drops a url that is not an http(s) link, with a warning, and keeps the article', () => {
    const { articles, warnings } = readArticleFile('a.txt', bytes('url javascript:alert(1)\nBody.'));
    expect(articles[0]!.url).toBeUndefined();
    expect(warnings[0]!.reason).toMatch(/not an http\(s\) link/);
  });

  it('skips an article longer than 8 MB with a warning saying so, and only that record of a .jsonl file', () => {
    const long = 'The council met. '.repeat(500_000); // 8.5 million characters
    expect(readArticleFile('book.txt', new TextEncoder().encode(long))).toEqual({
      articles: [],
      warnings: [{ file: 'book.txt', reason: expect.stringContaining('too long for an article (8.5 MB') }],
    });
    const lines = [
      { id: 'big', text: long },
      { id: 'small', text: 'The council met.' },
    ].map((r) => JSON.stringify(r));
    const { articles, warnings } = readArticleFile('feed.jsonl', new TextEncoder().encode(lines.join('\n')));
    expect(articles.map((a) => a.id)).toEqual(['small']);
    expect(warnings).toEqual([{ file: 'feed.jsonl:1', reason: expect.stringContaining('at most 8.0 MB') }]);
  });

  it('reads a folder of thousands of files at most 32 at a time, loading every article', async () => {
    const count = 3000;
    await Promise.all(Array.from({ length: count }, (_, i) => write(`a${i}.txt`, `Article number ${i}.`)));
    let open = 0;
    let most = 0;
    const readCounted = async (file: string) => {
      most = Math.max(most, ++open);
      try {
        return await readFile(file);
      } finally {
        open--;
      }
    };
    const { articles, warnings } = await loadCorpus(dir, { readFile: readCounted });
    expect(warnings).toEqual([]);
    expect(articles).toHaveLength(count);
    expect(new Set(articles.map((a) => a.id)).size).toBe(count);
    expect(most).toBe(FILES_READ_AT_ONCE);
    expect(most).toBeLessThanOrEqual(64);
  });

  it('joins 600,000 warnings of one file without running out of stack', () => {
    const warnings = Array.from({ length: 600_000 }, (_, i) => ({
      file: `feed.jsonl:${i + 1}`,
      reason: 'not valid JSON',
    }));
    const joined = mergeCorpora([
      { articles: [], warnings },
      { articles: [{ id: 'a', file: 'a.txt', text: 'A.' }], warnings: [] },
    ]);
    expect(joined.warnings).toHaveLength(600_000);
    expect(joined.articles.map((a) => a.id)).toEqual(['a']);
  });

  it('says clearly when the folder does not exist', async () => {
    await expect(loadCorpus(path.join(dir, 'missing'))).rejects.toThrow(
      /cannot read the corpus folder .*: no such folder/,
    );
  });
});
