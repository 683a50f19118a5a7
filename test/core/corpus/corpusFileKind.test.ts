import { describe, expect, it } from 'vitest';
import { corpusFileKind } from '../../../src/core/corpus/corpusFileKind.js';

describe('corpusFileKind', () => {
  it('takes .txt, .md and .jsonl files, in any case, as articles', () => {
    for (const name of [
      'a.txt',
      'B.MD',
      'feed.jsonl',
      'readme-first.md',
      'sources-of-funding.txt',
      'licensed.md',
    ])
      expect(corpusFileKind(name), name).toBe('article');
  });

  it('takes a readme, source, licence, changelog and the like as documentation, in any case', () => {
    for (const name of [
      'README.md',
      'readme.txt',
      'SOURCE.md',
      'Sources.md',
      'LICENSE.md',
      'licence.txt',
      'COPYING.txt',
      'CHANGELOG.md',
      'CONTRIBUTING.md',
      'CODE_OF_CONDUCT.md',
      'AUTHORS.md',
    ])
      expect(corpusFileKind(name), name).toBe('documentation');
  });

  it('ignores hidden files and other extensions, a LICENSE without one among them', () => {
    for (const name of ['.draft.md', 'LICENSE', 'notes.pdf', 'data.json', 'README'])
      expect(corpusFileKind(name), name).toBeUndefined();
  });
});
