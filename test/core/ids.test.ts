import { describe, expect, it } from 'vitest';
import {
  articleIdOf,
  factId,
  idInArticle,
  localId,
  parsePassageId,
  passageId,
  sourceOf,
} from '../../src/core/ids.js';

describe('ids', () => {
  it('read back the article and passage they were built from, even when the article id holds a #', () => {
    for (const articleId of ['000_c1d4a831d9bceeab', 'feeds/x/2024-05-01', 'issue#12']) {
      const passage = passageId(articleId, 3);
      const fact = factId(passage, 'event', 0);
      expect(parsePassageId(passage)).toEqual({ articleId, index: 3 });
      expect(articleIdOf(passage)).toBe(articleId);
      expect(articleIdOf(fact)).toBe(articleId);
      expect(idInArticle(articleId, localId(articleId, fact))).toBe(fact);
    }
    expect(localId('a/b', 'a/b#3:event:0')).toBe('3:event:0');
  });

  it('parse as a passage only a passage id', () => {
    expect(parsePassageId('a#3:quote:1')).toBeUndefined();
    expect(parsePassageId('a#')).toBeUndefined();
    expect(parsePassageId('a#03')).toBeUndefined();
    expect(parsePassageId('no-hash')).toBeUndefined();
    expect(articleIdOf('no-hash')).toBeUndefined();
  });

  it('cite an article by what it has: no empty title, date or link', () => {
    expect(sourceOf({ id: 'a', title: '', url: 'https://x.test/a' }, 'S.')).toEqual({
      id: 'a',
      url: 'https://x.test/a',
      sentence: 'S.',
    });
  });
});
