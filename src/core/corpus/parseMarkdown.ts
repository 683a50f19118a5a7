import { parse as parseYaml } from 'yaml';
import type { Article } from '../types.js';
import { ArticleError, errorText } from '../errors.js';
import { parseArticleDate } from './articleDate.js';

type ParsedArticle = Omit<Article, 'id' | 'file'>;

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** A `.md` article: YAML front matter (`title`, `date`, `url`, `source`), then Markdown turned into plain text. */
export function parseMarkdown(content: string): ParsedArticle {
  let body = content.replace(/^\uFEFF/, '');
  let meta: Record<string, unknown> = {};
  if (/^---[ \t]*\r?\n/.test(body)) {
    const match = FRONT_MATTER.exec(body);
    if (!match) throw new ArticleError('broken front matter (no closing ---)');
    let parsed: unknown;
    try {
      parsed = parseYaml(match[1]!);
    } catch (error) {
      throw new ArticleError(`broken front matter (${firstLine(errorText(error))})`);
    }
    if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) {
      throw new ArticleError('broken front matter (not a set of key: value lines)');
    }
    meta = (parsed as Record<string, unknown>) ?? {};
    body = body.slice(match[0].length);
  }
  const article: ParsedArticle = { text: '' };
  if (meta.date !== undefined && meta.date !== null) article.date = parseArticleDate(meta.date);
  for (const key of ['title', 'url', 'source'] as const) {
    const value = meta[key];
    if (typeof value === 'string' && value.trim()) article[key] = value.trim();
    else if (typeof value === 'number') article[key] = String(value);
  }
  const { text, heading } = markdownToText(body);
  if (!article.title && heading) article.title = heading;
  article.text = text;
  return article;
}

/** Plain text of a Markdown body: paragraphs kept, markup dropped; the first `#` heading is returned apart. */
export function markdownToText(markdown: string): { text: string; heading?: string } {
  let heading: string | undefined;
  const out: string[] = [];
  let inFence = false;
  for (const raw of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const h1 = /^#\s+(.+?)\s*#*\s*$/.exec(raw);
    if (h1 && heading === undefined) {
      heading = inline(h1[1]!);
      out.push('');
      continue;
    }
    // A table row or a list item stands alone: joined to its neighbours it would make one endless sentence.
    if (/^\s*\|.*\|\s*$/.test(raw)) {
      if (!/^[\s|:-]+$/.test(raw)) out.push('', inline(tableCells(raw).join(' · ')), '');
      continue;
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+/.test(raw);
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/, '\n$1\n')
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/, '');
    line = inline(line);
    if (item) out.push('', line);
    else out.push(line);
  }
  const text = out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return heading === undefined ? { text } : { text, heading };
}

/** The cells of a table row, trimmed, empty ones left out. */
function tableCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim())
    .filter(Boolean);
}

function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\d])[*_](\S(?:.*?\S)?)[*_](?=[^\p{L}\d]|$)/gu, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
