/**
 * Benchmark step (its own process): the extraction time of one long article, made of synthetic articles'
 * bodies (many people, dates and quotations) joined to SIZE characters, in paragraphs as written and as
 * one paragraph with no blank line (the worst case for passage splitting). Prints one JSON line.
 * Usage: bigArticle.ts SIZE [ROUNDS]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../src/core/extract/extractFacts.js';
import { readSourceMaterial, syntheticArticle } from './generateCorpus.js';
import { percentile } from './measure.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const [size, rounds] = process.argv.slice(2).map(Number) as [number, number | undefined];
const material = await readSourceMaterial([
  path.join(here, '../test/fixtures/news-articles'),
  path.join(here, '../corpus'),
]);

let body = '';
for (let n = 0; body.length < size; n++) {
  // The body of each synthetic article: what follows its date and title lines.
  body += syntheticArticle(material, n, 5000).split('\n').slice(3).join('\n') + '\n\n';
}
body = body.slice(0, size);

/** Median milliseconds to extract `text` as one article, and its facts. */
function extractionMs(text: string): { ms: number; facts: number } {
  const times: number[] = [];
  let facts = 0;
  for (let i = 0; i < (rounds ?? 3); i++) {
    const started = performance.now();
    facts = extractFacts({ id: 'big', file: 'big.txt', date: '2010-06-16', title: 'Long', text }).facts
      .length;
    times.push(performance.now() - started);
  }
  return {
    ms: percentile(
      times.sort((a, b) => a - b),
      0.5,
    ),
    facts,
  };
}

const paragraphs = extractionMs(body);
const oneParagraph = extractionMs(body.replace(/\s*\n\s*/g, ' '));
process.stdout.write(`${JSON.stringify({ size: body.length, paragraphs, oneParagraph })}\n`);
