/**
 * Benchmark step (its own process): opens a corpus from its warm cache, measures memory, then the latency
 * of each command over QUERIES questions drawn from the corpus. Writes the questions to QUERY_FILE (for the
 * MiniSearch baseline) and prints one JSON line.
 * Usage: queryLatency.ts CORPUS_DIR CACHE_DIR QUERIES QUERY_FILE
 */
import { writeFile } from 'node:fs/promises';
import { openKnowledgeBase } from '../src/core/load/openKnowledgeBase.js';
import { ask } from '../src/core/ask/ask.js';
import type { Latency } from './measure.js';
import { latency, memory } from './measure.js';
import { buildQueries, COMMANDS } from './querySet.js';

const [corpusDir, cacheDir, count, queryFile] = process.argv.slice(2) as [string, string, string, string];

const started = performance.now();
const opened = await openKnowledgeBase(corpusDir, { cacheDir });
const loadMs = performance.now() - started;
if (opened.loaded.filesRead > 0)
  throw new Error(`the cache was not warm: ${opened.loaded.filesRead} files read`);
const loaded = memory();

const queries = buildQueries(opened.kb, Number(count));
await writeFile(queryFile, JSON.stringify(queries));
const latencies = {} as Record<(typeof COMMANDS)[number], Latency>;
for (const command of COMMANDS) {
  latencies[command] = latency(queries[command], (query) => ask(opened.kb, query).answers.length > 0);
}
// What a walk through every fact costs (the digest's catalog and Telegram's recent facts take one).
const walkStarted = performance.now();
const facts = [...opened.kb.allFacts()].length;
const allFactsMs = performance.now() - walkStarted;
process.stdout.write(
  `${JSON.stringify({ loadMs, ...loaded, latencies, allFactsMs, facts, sample: queries.who[0] })}\n`,
);
