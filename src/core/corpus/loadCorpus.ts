import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../types.js';
import { ArticleError } from '../errors.js';
import { corpusFileKind } from './corpusFileKind.js';
import { parseJsonl } from './parseJsonl.js';
import { parseMarkdown } from './parseMarkdown.js';
import { parseTxt } from './parseTxt.js';

/** Something in the corpus that could not be used as it is, named so that a person can fix it. */
export interface CorpusWarning {
  /** Path relative to the corpus folder, with `:line` for a `.jsonl` record. */
  file: string;
  reason: string;
}

export interface Corpus {
  articles: Article[];
  warnings: CorpusWarning[];
}

/** The files of a corpus folder, as paths relative to it, in name order. */
export interface CorpusListing {
  articles: string[];
  /** Documentation files (`README.md`, `LICENSE.txt`…), left out of the corpus (see `corpusFileKind`). */
  leftOut: string[];
}

/**
 * The longest article read, in characters of its text (about 8 MB): a book rather than an article, whose
 * extraction would take several seconds of a worker. A `.txt` or `.md` file that large is skipped unread;
 * a `.jsonl` file may be any size, and each of its records is held to this.
 */
const LONGEST_ARTICLE = 8_000_000;

/** Files read at once: a folder of 50,000 files must not hold as many open, beyond the open-file limit. */
export const FILES_READ_AT_ONCE = 32;

export interface LoadOptions {
  /** Reads a file's bytes, by its full path (default: `fs.readFile`). */
  readFile?: (file: string) => Promise<Uint8Array>;
}

/**
 * Every article of a corpus folder (and its subfolders), in file-name order; bad files are skipped with a
 * warning, documentation files left out.
 */
export async function loadCorpus(
  dir: string,
  options: LoadOptions = {},
): Promise<Corpus & Pick<CorpusListing, 'leftOut'>> {
  const read = options.readFile ?? ((file: string) => readFile(file));
  const { articles: files, leftOut } = await listCorpusFolder(dir);
  const parts = new Array<Corpus>(files.length);
  let next = 0;
  const reader = async () => {
    while (next < files.length) {
      const at = next++;
      const file = files[at]!;
      try {
        parts[at] = readArticleFile(file, await read(path.join(dir, file)));
      } catch (error) {
        parts[at] = { articles: [], warnings: [{ file, reason: `cannot read the file (${String(error)})` }] };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(FILES_READ_AT_ONCE, files.length) }, reader));
  return { ...mergeCorpora(parts), leftOut };
}

/** The files of a corpus folder; an `ArticleError` that says why when the folder cannot be read. */
export async function listCorpusFolder(dir: string): Promise<CorpusListing> {
  try {
    return await listCorpusFiles(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : String(error);
    throw new ArticleError(`cannot read the corpus folder ${dir}: ${reason}`);
  }
}

/** The article and documentation files under `dir` (see `corpusFileKind`); hidden folders are left out. */
export async function listCorpusFiles(dir: string): Promise<CorpusListing> {
  const listing: CorpusListing = { articles: [], leftOut: [] };
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const kind = entry.isFile() ? corpusFileKind(entry.name) : undefined;
    if (!kind) continue;
    const file = path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name));
    if (file.split(path.sep).some((part) => part.startsWith('.'))) continue;
    (kind === 'article' ? listing.articles : listing.leftOut).push(file);
  }
  listing.articles.sort();
  listing.leftOut.sort();
  return listing;
}

/** Reads one corpus file's bytes as articles; never throws: what cannot be used becomes a warning. */
export function readArticleFile(file: string, bytes: Uint8Array): Corpus {
  const fail = (reason: string): Corpus => ({ articles: [], warnings: [{ file, reason }] });
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.jsonl' && bytes.length > LONGEST_ARTICLE) return fail(tooLong(bytes.length));
  if (bytes.includes(0)) return fail('binary file (contains NUL bytes)');
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('not UTF-8 text');
  }
  if (!content.trim()) return fail('empty file');
  const id = idOf(file);
  try {
    if (extension === '.jsonl') {
      const { articles, problems } = parseJsonl(content, LONGEST_ARTICLE, tooLong);
      const warnings = problems.map((p) => ({ file: `${file}:${p.line}`, reason: p.reason }));
      return { articles: articles.map((a) => withUrlChecked({ ...a, file }, warnings)), warnings };
    }
    const parsed = extension === '.md' ? parseMarkdown(content) : parseTxt(content);
    if (!parsed.text.trim()) return fail('no article text');
    const warnings: CorpusWarning[] = [];
    return { articles: [withUrlChecked({ ...parsed, id, file }, warnings)], warnings };
  } catch (error) {
    if (error instanceof ArticleError) return fail(error.message);
    throw error;
  }
}

function tooLong(size: number): string {
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  return `too long for an article (${mb(size)}; at most ${mb(LONGEST_ARTICLE)}): split it into articles`;
}

/** Joins per-file results; a second article with an id already taken is skipped with a warning. */
export function mergeCorpora(parts: Corpus[]): Corpus {
  const byId = new Map<string, Article>();
  const warnings: CorpusWarning[] = [];
  for (const part of parts) {
    for (const warning of part.warnings) warnings.push(warning);
    for (const article of part.articles) {
      const first = byId.get(article.id);
      if (first) {
        warnings.push({
          file: article.file,
          reason: `duplicate article id "${article.id}" (also in ${first.file})`,
        });
        continue;
      }
      byId.set(article.id, article);
    }
  }
  return { articles: [...byId.values()], warnings };
}

/** An article's id: its path without extension, relative to the corpus folder, with `/` separators. */
export function idOf(file: string): string {
  return file
    .slice(0, file.length - path.extname(file).length)
    .split(path.sep)
    .join('/');
}

function withUrlChecked(article: Article, warnings: CorpusWarning[]): Article {
  if (article.url === undefined) return article;
  if (URL.canParse(article.url) && /^https?:$/.test(new URL(article.url).protocol)) return article;
  warnings.push({
    file: article.file,
    reason: `url ${JSON.stringify(article.url)} is not an http(s) link; ignored`,
  });
  const checked = { ...article };
  delete checked.url;
  return checked;
}
