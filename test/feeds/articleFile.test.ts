import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/core/corpus/parseMarkdown.js';
import type { FeedArticle } from '../../src/feeds/articleFile.js';
import { articlePath, renderArticle, slug, writeArticleFile } from '../../src/feeds/articleFile.js';
import { TempFolders } from '../helpers/digestHarness.js';

const temp = new TempFolders();
afterEach(() => temp.cleanup());

const ARTICLE: FeedArticle = {
  title: 'Seminar in Astana',
  date: '2024-03-05',
  url: 'https://news.example.org/seminar',
  source: 'Steppe Herald',
  paragraphs: ['Deputy Foreign Minister Roman Vassilenko spoke.', 'The seminar lasted two days.'],
};

describe("a feed's article as a corpus file", () => {
  it('is front matter then paragraphs, read back by the corpus parser as written', () => {
    const text = renderArticle(ARTICLE);
    expect(text).toBe(
      '---\ntitle: Seminar in Astana\ndate: 2024-03-05\nurl: https://news.example.org/seminar\nsource: Steppe Herald\n---\n\n' +
        'Deputy Foreign Minister Roman Vassilenko spoke.\n\nThe seminar lasted two days.\n',
    );
    expect(parseMarkdown(text)).toEqual({
      title: ARTICLE.title,
      date: ARTICLE.date,
      url: ARTICLE.url,
      source: ARTICLE.source,
      text: ARTICLE.paragraphs.join('\n\n'),
    });
  });

  it('keeps titles and sources that YAML would read otherwise exactly as they are', () => {
    for (const title of [
      'Minister: "We will act" — #1 priority',
      '2024',
      'yes',
      'null',
      '- not a list',
      "It's [not] {yaml}: & * ! | > % @ `",
      '---',
      'A title long enough that a YAML writer would want to fold it over more than one line, which must not happen here at all',
    ]) {
      const article = { ...ARTICLE, title, source: title };
      const read = parseMarkdown(renderArticle(article));
      expect(read.title).toBe(title);
      expect(read.source).toBe(title);
    }
  });

  it('goes to feeds/<site>/<date>-<slug>.md, named by the feed and the title', () => {
    expect(articlePath('https://www.news.example.org/rss', ARTICLE)).toBe(
      path.join('feeds', 'news.example.org', '2024-03-05-seminar-in-astana.md'),
    );
    expect(articlePath('http://127.0.0.1:8080/rss', ARTICLE)).toBe(
      path.join('feeds', '127.0.0.1', '2024-03-05-seminar-in-astana.md'),
    );
    expect(slug('Kęstutis Jankauskas: “No place” in a just society!')).toBe(
      'kestutis-jankauskas-no-place-in-a-just-society',
    );
    expect(slug('Мажилис одобрил закон')).toBe('мажилис-одобрил-закон');
    expect(slug('!!!')).toBe('article');
    expect(slug('word '.repeat(40)).length).toBeLessThanOrEqual(60);
    expect(slug('word '.repeat(40))).not.toMatch(/-$/);
  });

  it('is written whole, beside an article of the same name rather than over it, leaving no temporary file', async () => {
    const corpus = temp.make();
    const file = articlePath('https://news.example.org/rss', ARTICLE);
    const first = await writeArticleFile(corpus, file, 'first');
    const second = await writeArticleFile(corpus, file, 'second');
    expect(first).toBe(file);
    expect(second).toBe(file.replace(/\.md$/, '-2.md'));
    expect(await readFile(path.join(corpus, first), 'utf8')).toBe('first');
    expect(await readFile(path.join(corpus, second), 'utf8')).toBe('second');
    expect((await readdir(path.join(corpus, path.dirname(file)))).sort()).toEqual([
      path.basename(second),
      path.basename(first),
    ]);
  });

  it('gives two articles written at once under one name a name each', async () => {
    const corpus = temp.make();
    const file = articlePath('https://news.example.org/rss', ARTICLE);
    const written = await Promise.all(
      ['first', 'second', 'third'].map((text) => writeArticleFile(corpus, file, text)),
    );
    expect(new Set(written).size).toBe(3);
    const texts = await Promise.all(written.map((name) => readFile(path.join(corpus, name), 'utf8')));
    expect(texts.sort()).toEqual(['first', 'second', 'third']);
    expect(await readdir(path.join(corpus, path.dirname(file)))).toHaveLength(3);
  });

  it('writes over its own name when asked to (an item written again after a crash)', async () => {
    const corpus = temp.make();
    const file = articlePath('https://news.example.org/rss', ARTICLE);
    await writeArticleFile(corpus, file, 'half');
    expect(await writeArticleFile(corpus, file, 'whole', { replace: true })).toBe(file);
    expect(await readFile(path.join(corpus, file), 'utf8')).toBe('whole');
    expect(await readdir(path.join(corpus, path.dirname(file)))).toHaveLength(1);
  });

  it('fails without leaving a temporary file when the folder cannot be made', async () => {
    const corpus = temp.make();
    await writeFile(path.join(corpus, 'feeds'), 'a file where the folder should be');
    await expect(writeArticleFile(corpus, path.join('feeds', 'x', 'a.md'), 'text')).rejects.toThrow();
    expect(await readdir(corpus)).toEqual(['feeds']);
  });
});
