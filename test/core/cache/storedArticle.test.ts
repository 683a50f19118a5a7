import { describe, expect, it } from 'vitest';
import {
  decodeArticle,
  decodeFacts,
  encodeArticle,
  encodeFacts,
  infoOf,
} from '../../../src/core/cache/storedArticle.js';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus.js';
import { extractFacts } from '../../../src/core/extract/extractFacts.js';
import { NEWS_ARTICLES } from '../../helpers/newsArticles.js';
import { SEED_CORPUS } from '../../helpers/seedCorpus.js';

describe('stored articles', () => {
  it('give back exactly what extraction made, keys in the same order, and store less', async () => {
    const { articles } = await loadCorpus(NEWS_ARTICLES);
    const seed = await loadCorpus(SEED_CORPUS);
    for (const article of [...seed.articles, ...articles]) {
      const extracted = extractFacts(article);
      const stored = encodeArticle(infoOf(article), extracted);
      const json = JSON.stringify(stored);
      expect(JSON.stringify(decodeArticle(JSON.parse(json)))).toBe(JSON.stringify(extracted));
      expect(json.length).toBeLessThan(JSON.stringify(extracted).length);
      const people = extracted.facts.filter((f) => f.kind === 'person');
      const info = infoOf(article);
      expect(JSON.stringify(decodeFacts(info, JSON.parse(JSON.stringify(encodeFacts(info, people)))))).toBe(
        JSON.stringify(people),
      );
    }
  });

  it('keeps a source that does not follow from the article as it is', () => {
    const article = {
      id: 'a',
      file: 'a.txt',
      title: 'T',
      text: 'Mayor Ann Lee opened the bridge on January 5, 2024.',
    };
    const extracted = extractFacts(article);
    extracted.facts[0] = {
      ...extracted.facts[0]!,
      source: { ...extracted.facts[0]!.source, title: 'Another' },
    };
    const back = decodeArticle(JSON.parse(JSON.stringify(encodeArticle(infoOf(article), extracted))));
    expect(back).toEqual(extracted);
  });
});
