/**
 * Benchmark step (its own process): the baseline — plain MiniSearch, default options, over the bare
 * passages of the corpus (no extraction, no fact indexes), asked the same questions without their command
 * word: OR queries as MiniSearch does by default, and prefix + fuzzy (0.2) for the misspelt ones.
 * Prints one JSON line. Usage: miniSearchBaseline.ts CORPUS_DIR QUERY_FILE
 */
import MiniSearch from 'minisearch';
import { readFile } from 'node:fs/promises';
import { loadCorpus } from '../src/core/corpus/loadCorpus.js';
import { splitPassages } from '../src/core/extract/splitPassages.js';
import type { Latency } from './measure.js';
import { latency, memory } from './measure.js';
import type { QuerySet } from './querySet.js';
import { COMMANDS } from './querySet.js';

const [corpusDir, queryFile] = process.argv.slice(2) as [string, string];

const started = performance.now();
const { articles } = await loadCorpus(corpusDir);
const passages = articles.flatMap((article) => splitPassages(article).map(({ id, text }) => ({ id, text })));
const indexStarted = performance.now();
const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
index.addAll(passages);
const indexMs = performance.now() - indexStarted;
const wallMs = performance.now() - started;
const built = memory();

const serialiseStarted = performance.now();
let json = '';
let serialised: string;
try {
  json = JSON.stringify(index);
  serialised = `${Math.round(performance.now() - serialiseStarted)} ms`;
} catch (error) {
  serialised = `failed: ${error instanceof Error ? error.message : String(error)}`;
}
const loadStarted = performance.now();
if (json) MiniSearch.loadJSON(json, { fields: ['text'] });
const loadMs = json ? performance.now() - loadStarted : NaN;
const cacheBytes = Buffer.byteLength(json);
json = '';

const queries = JSON.parse(await readFile(queryFile, 'utf8')) as QuerySet;
const bare = (query: string) => query.replace(/^\/\w+\s+/, '');
const latencies = {} as Record<(typeof COMMANDS)[number], Latency>;
for (const command of COMMANDS) {
  const options = command === 'fuzzy' ? { prefix: true, fuzzy: 0.2 } : {};
  latencies[command] = latency(queries[command], (query) => index.search(bare(query), options).length > 0);
}
process.stdout.write(
  `${JSON.stringify({ articles: articles.length, passages: passages.length, wallMs, indexMs, loadMs, cacheBytes, serialised, ...built, latencies })}\n`,
);
