import { link, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { temporaryPath } from '../core/cache/temporaryFiles.js';

/** An article taken from a feed, as it is written into the corpus. */
export interface FeedArticle {
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  url?: string;
  /** The feed's title. */
  source: string;
  paragraphs: string[];
}

/** Where feeds' articles go in the corpus folder: `feeds/<site>/`. */
export const FEEDS_FOLDER = 'feeds';

/**
 * The article as a `.md` corpus file: YAML front matter (`title`, `date`, `url`, `source`), then its
 * paragraphs. The front matter is written by the `yaml` library, so that a title with a colon, a quotation
 * mark or a number in it reads back as the same string.
 */
export function renderArticle(article: FeedArticle): string {
  const meta = {
    title: article.title,
    date: article.date,
    ...(article.url ? { url: article.url } : {}),
    source: article.source,
  };
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${article.paragraphs.join('\n\n')}\n`;
}

/**
 * The file an article is written to, relative to the corpus folder: `feeds/<site>/<date>-<slug>.md`, the
 * site being the feed's host name (without `www.`) and the slug the title's letters and digits.
 */
export function articlePath(feedUrl: string, article: Pick<FeedArticle, 'title' | 'date'>): string {
  const site = new URL(feedUrl).hostname
    .replace(/^www\./, '')
    .replace(/^\[|\]$/g, '')
    .replace(/:/g, '-');
  return path.join(FEEDS_FOLDER, site, `${article.date}-${slug(article.title)}.md`);
}

/** A title as a file name's part: letters (accents dropped) and digits, lower case, dashes between words. */
export function slug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, 60).replace(/-+$/, '') || 'article';
}

/**
 * Writes `text` at `file` (relative to `corpusDir`), or beside it with `-2`, `-3`… when another article has
 * the name; with `replace`, at `file` whatever is there (an item written again after a crash). The text
 * goes to a temporary file first, on disk before it takes its name, so that the corpus watcher never reads
 * half an article; a name is taken by linking to it, which fails if another writer took it meanwhile.
 * Returns the path written, relative to `corpusDir`.
 */
export async function writeArticleFile(
  corpusDir: string,
  file: string,
  text: string,
  { replace = false }: { replace?: boolean } = {},
): Promise<string> {
  const folder = path.join(corpusDir, path.dirname(file));
  await mkdir(folder, { recursive: true });
  const base = path.basename(file, '.md');
  const temporary = temporaryPath(path.join(folder, `${base}.md`));
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(text);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    if (replace) {
      await rename(temporary, path.join(folder, `${base}.md`));
      return file;
    }
    for (let n = 1; ; n++) {
      const name = n === 1 ? `${base}.md` : `${base}-${n}.md`;
      try {
        await link(temporary, path.join(folder, name));
        return path.join(path.dirname(file), name);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  } finally {
    await rm(temporary, { force: true });
  }
}
