/**
 * Benchmark step (its own process): opens a corpus from its warm cache and watches it as the bot does, then
 * times how long a change to the folder takes to reach the answers — one new file, the same file changed,
 * removed, and a burst of 1,000 files copied in at once — and the longest the event loop was held meanwhile
 * (what an answer could have waited). Leaves the corpus as it found it. Prints one JSON line.
 * Usage: liveUpdate.ts CORPUS_DIR CACHE_DIR
 */
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { watchCorpus } from '../src/core/load/watchCorpus.js';
import { openKnowledgeBase } from '../src/core/load/openKnowledgeBase.js';
import { ask } from '../src/core/ask/ask.js';

const [corpusDir, cacheDir] = process.argv.slice(2) as [string, string];
const BURST = 1000;
const file = path.join(corpusDir, 'zz-live-bench.txt');
const burst = path.join(corpusDir, 'zz-live-burst');
/** Hidden, so that the watcher ignores the files while they are copied. */
const staging = path.join(corpusDir, '.zz-live-staging');

const opened = await openKnowledgeBase(corpusDir, { cacheDir });
const watcher = watchCorpus(opened.corpus);
const roleOf = () => ask(opened.kb, '/who Zebulon Quartermaine').answers[0]?.person?.roles[0];
const article = (role: string) =>
  `date 2024-01-10\n\n${role} Zebulon Quartermaine opened the new bridge on January 5.\n`;

let longestPause = 0;
let last = performance.now();
const ticker = setInterval(() => {
  const now = performance.now();
  longestPause = Math.max(longestPause, now - last);
  last = now;
}, 5);

/** Milliseconds from `change` until `done` holds, checked as often as an answer could be asked. */
async function until(change: () => Promise<void>, done: () => boolean): Promise<number> {
  const started = performance.now();
  await change();
  while (!done()) {
    if (performance.now() - started > 120_000) throw new Error('the change never reached the answers');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - started;
}

try {
  const addMs = await until(
    () => writeFile(file, article('Mayor')),
    () => roleOf() === 'Mayor',
  );
  const changeMs = await until(
    () => writeFile(file, article('Governor')),
    () => roleOf() === 'Governor',
  );
  const removeMs = await until(
    () => rm(file),
    () => roleOf() === undefined,
  );
  const before = opened.kb.stats.articles;
  const sources = (await readdir(corpusDir)).filter((f) => f.endsWith('.txt')).slice(0, BURST);
  await mkdir(staging, { recursive: true });
  for (const source of sources) await cp(path.join(corpusDir, source), path.join(staging, source));
  longestPause = 0;
  // One rename brings the thousand files in at once, as a copy into the folder would.
  const burstMs = await until(
    () => rename(staging, burst),
    () => opened.kb.stats.articles === before + sources.length,
  );
  const burstPauseMs = longestPause;
  const burstRemoveMs = await until(
    () => rm(burst, { recursive: true }),
    () => opened.kb.stats.articles === before,
  );
  process.stdout.write(
    `${JSON.stringify({ addMs, changeMs, removeMs, burst: sources.length, burstMs, burstPauseMs, burstRemoveMs })}\n`,
  );
} finally {
  clearInterval(ticker);
  watcher.close();
  await rm(file, { force: true });
  await rm(burst, { recursive: true, force: true });
  await rm(staging, { recursive: true, force: true });
}
