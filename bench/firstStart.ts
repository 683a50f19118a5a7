/**
 * Benchmark step (its own process): a first start on a corpus with an empty cache — every file read,
 * extracted (in worker threads) and indexed, the cache written. Prints one JSON line.
 * Usage: firstStart.ts CORPUS_DIR CACHE_DIR
 */
import { KnowledgeBase } from '../src/core/knowledgeBase.js';
import { openKnowledgeBase } from '../src/core/load/openKnowledgeBase.js';
import { memory } from './measure.js';

const [corpusDir, cacheDir] = process.argv.slice(2) as [string, string];

// Index build time: what adding articles to the indexes takes, out of the whole start.
let indexMs = 0;
for (const method of ['addExtracted'] as const) {
  const original = KnowledgeBase.prototype[method] as (...args: unknown[]) => unknown;
  (KnowledgeBase.prototype as unknown as Record<string, unknown>)[method] = function (
    this: KnowledgeBase,
    ...args: unknown[]
  ) {
    const started = performance.now();
    try {
      return original.apply(this, args);
    } finally {
      indexMs += performance.now() - started;
    }
  };
}

const cpu = process.cpuUsage();
const started = performance.now();
const opened = await openKnowledgeBase(corpusDir, { cacheDir });
const wallMs = performance.now() - started;
const { user, system } = process.cpuUsage(cpu);
const { articles, passages, people, events, quotes } = opened.kb.stats;
process.stdout.write(
  `${JSON.stringify({
    wallMs,
    cpuMs: (user + system) / 1000,
    indexMs,
    articles,
    passages,
    facts: people + events + quotes,
    warnings: opened.warnings.length + opened.cacheWarnings.length,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    ...memory(),
  })}\n`,
);
