import path from 'node:path';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.jsonl'] as const;

/**
 * Names (without extension, in any case) of the files a dataset or a repository keeps about itself rather
 * than news: what it is, where it comes from, its licence and history. Read as articles, a readme's table
 * rows would become "events" and its licence a quotation.
 */
export const DOCUMENTATION_NAMES: readonly string[] = [
  'readme',
  'source',
  'sources',
  'license',
  'licence',
  'copying',
  'changelog',
  'contributing',
  'code_of_conduct',
  'authors',
];

/**
 * What a file of the corpus folder is, by its name: an article file (`.txt`, `.md`, `.jsonl`), a
 * documentation file with such an extension (`README.md`, `SOURCE.md`, `LICENSE.txt`…), left out of the
 * corpus, or neither (hidden files, other extensions), ignored. Listing the folder and following its
 * changes both go by this one rule.
 */
export function corpusFileKind(name: string): 'article' | 'documentation' | undefined {
  const extension = path.extname(name);
  if (name.startsWith('.') || !(ARTICLE_EXTENSIONS as readonly string[]).includes(extension.toLowerCase()))
    return undefined;
  const stem = name.slice(0, name.length - extension.length).toLowerCase();
  return DOCUMENTATION_NAMES.includes(stem) ? 'documentation' : 'article';
}
