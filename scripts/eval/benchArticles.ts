import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { readArticleFile } from '../../src/core/corpus/loadCorpus.js';
import type { ExtractedArticle } from '../../src/core/extract/extractFacts.js';
import { extractFacts } from '../../src/core/extract/extractFacts.js';
import type { Article, Passage } from '../../src/core/types.js';

/** A bench article with what the extractor made of it, and the way back from passages to file lines. */
export interface BenchArticle {
  /** `NNN.txt`, as the gold files name it. */
  file: string;
  article: Article;
  extracted: ExtractedArticle;
  /** The file line (1-based) of a character of a passage (line 2 for the title, 4 and later for the body) and its column there. */
  place(passage: Passage, offset: number): { line: number; column: number };
  /** The text of a file line, whitespace collapsed, as passages hold it. */
  lineText(line: number): string;
  /** Where a passage starts in `bodyText`; -1 for the title. */
  bodyOffset(passage: Passage): number;
  /** The body with whitespace collapsed and lines joined by one space: the coordinates quotation spans use. */
  bodyText: string;
  /** The offset of a body line in `bodyText`. */
  lineStart(line: number): number;
  /** The file line of an offset of `bodyText`. */
  lineAt(offset: number): number;
}

const BENCH_FILE = /^\d{3}\.txt$/;

/** The bench articles (`NNN.txt`: line 1 date, line 2 title, body from line 4), each extracted once. */
export async function loadBenchArticles(dir: string): Promise<BenchArticle[]> {
  const files = (await readdir(dir)).filter((f) => BENCH_FILE.test(f)).sort();
  return Promise.all(files.map(async (file) => benchArticle(file, await readFile(path.join(dir, file)))));
}

/** A corpus article (not a bench one) loaded the way the product loads it, for the seed-corpus gold. */
export async function loadArticle(
  dir: string,
  file: string,
): Promise<{ article: Article; extracted: ExtractedArticle }> {
  const { articles, warnings } = readArticleFile(file, await readFile(path.join(dir, file)));
  const article = articles[0];
  if (!article) throw new Error(`${file}: ${warnings[0]?.reason ?? 'no article'}`);
  return { article, extracted: extractFacts(article) };
}

export function benchArticle(file: string, bytes: Uint8Array): BenchArticle {
  const { articles, warnings } = readArticleFile(file, bytes);
  const article = articles[0];
  if (!article) throw new Error(`${file}: ${warnings[0]?.reason ?? 'no article'}`);
  const extracted = extractFacts(article);
  const raw = new TextDecoder().decode(bytes).split(/\r?\n/);
  const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

  // The body in collapsed form, with the offset where each file line starts.
  const starts: { line: number; start: number }[] = [];
  let bodyText = '';
  raw.forEach((text, i) => {
    const line = i + 1;
    if (line < 4 || !collapse(text)) return;
    if (bodyText) bodyText += ' ';
    starts.push({ line, start: bodyText.length });
    bodyText += collapse(text);
  });
  const lineAt = (offset: number) => {
    let found = starts[0]?.line ?? 4;
    for (const s of starts) if (s.start <= offset) found = s.line;
    return found;
  };

  // Passages follow the body in order; each is found in it after the one before.
  const offsets = new Map<string, number>();
  let cursor = 0;
  for (const passage of extracted.passages) {
    if (passage.headline) {
      offsets.set(passage.id, -1);
      continue;
    }
    const at = bodyText.indexOf(passage.text, cursor);
    if (at < 0) throw new Error(`${file}: passage ${passage.index} not found in the body`);
    offsets.set(passage.id, at);
    cursor = at + passage.text.length;
  }

  return {
    file,
    article,
    extracted,
    bodyText,
    bodyOffset: (passage) => offsets.get(passage.id) ?? -1,
    place: (passage, offset) => {
      const at = offsets.get(passage.id) ?? -1;
      if (at < 0) return { line: 2, column: offset };
      const line = lineAt(at + offset);
      return { line, column: at + offset - (starts.find((s) => s.line === line)?.start ?? 0) };
    },
    lineText: (line) => collapse(raw[line - 1] ?? '').replace(/^title\s+/, line === 2 ? '' : '$&'),
    lineAt,
    lineStart: (line) => starts.find((s) => s.line === line)?.start ?? -1,
  };
}
