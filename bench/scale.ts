/**
 * `npm run bench`: factdesk on generated archives of 1,000, 10,000 and 50,000 articles (BENCH_SIZES=1000
 * for one size): first start, index build, cold start from the cache, memory, cache size, and the latency
 * of every command; at 10,000 also plain MiniSearch on the bare passages, as the baseline. First, the
 * extraction time of one long article (400 KB and 4 MB).
 * Each step runs in its own process; corpora are generated once into the system's temp folder.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSourceMaterial, writeSyntheticCorpus } from './generateCorpus.js';
import type { Latency } from './measure.js';
import { folderBytes, percentile, runChild } from './measure.js';
import { COMMANDS } from './querySet.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.join(here, '../bin/factdesk.js');
// The repository's copies of the bench articles and of the seed articles: the bench needs nothing outside it.
const SOURCES = [path.join(here, '../test/fixtures/news-articles'), path.join(here, '../corpus')];
const WORK = path.join(tmpdir(), 'factdesk-bench');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);
const BASELINE_SIZE = 10_000;
const COLD_STARTS = 3;

interface FirstStart {
  wallMs: number;
  cpuMs: number;
  indexMs: number;
  articles: number;
  passages: number;
  facts: number;
  warnings: number;
  peakRssMB: number;
}
interface Loaded {
  loadMs: number;
  heapMB: number;
  rssMB: number;
  externalMB: number;
  latencies: Record<(typeof COMMANDS)[number], Latency>;
  allFactsMs: number;
  facts: number;
  sample: string;
}
interface Live {
  addMs: number;
  changeMs: number;
  removeMs: number;
  burst: number;
  burstMs: number;
  burstPauseMs: number;
  burstRemoveMs: number;
}
interface Baseline {
  articles: number;
  passages: number;
  wallMs: number;
  indexMs: number;
  loadMs: number;
  cacheBytes: number;
  serialised: string;
  heapMB: number;
  rssMB: number;
  latencies: Record<(typeof COMMANDS)[number], Latency>;
}
type Column = Map<string, string>;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (n: number) => `${Math.round(n)} MB`;
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const count = (n: number) => n.toLocaleString('en-US');
const load = () => loadavg()[0]!.toFixed(1);

/** Process start → first byte of the answer, of the real command line on a warm cache. */
function coldStart(corpus: string, cacheDir: string, question: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let first = 0;
    let out = '';
    const child = spawn(process.execPath, [BIN, 'ask', '--corpus', corpus, '--json', question], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CACHE_DIR: cacheDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (chunk: Buffer) => {
      first ||= performance.now() - started;
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const answers = code === 0 ? (JSON.parse(out) as { answers: unknown[] }).answers.length : 0;
      if (answers === 0) reject(new Error(`cold start gave no answer to ${question} (exit ${code})`));
      else resolve(first);
    });
  });
}

function addLatencies(column: Column, latencies: Record<(typeof COMMANDS)[number], Latency>): void {
  for (const command of COMMANDS) {
    const { p50, p99, answered } = latencies[command];
    column.set(
      `${command}: p50 / p99 ms (answered)`,
      `${ms(p50)} / ${ms(p99)} (${Math.round(answered * 100)}%)`,
    );
  }
}

function printTable(title: string, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([figure]) => figure.length));
  process.stdout.write(`\n${title}\n`);
  for (const [figure, value] of rows) process.stdout.write(`  ${figure.padEnd(width)}  ${value}\n`);
}

async function measureSize(
  size: number,
  material: Awaited<ReturnType<typeof readSourceMaterial>>,
): Promise<Column> {
  const corpus = path.join(WORK, `corpus-${size}`);
  const cacheDir = path.join(WORK, `cache-${size}`);
  const queryFile = path.join(WORK, `queries-${size}.json`);
  process.stderr.write(`bench: ${count(size)} articles: generating…\n`);
  await writeSyntheticCorpus(material, corpus, size);
  await rm(cacheDir, { recursive: true, force: true });
  process.stderr.write(`bench: ${count(size)} articles: first start (load average ${load()})…\n`);
  const first = await runChild<FirstStart>(path.join(here, 'firstStart.ts'), [corpus, cacheDir]);
  const cacheBytes = await folderBytes(cacheDir);
  process.stderr.write(`bench: ${count(size)} articles: queries…\n`);
  const loaded = await runChild<Loaded>(path.join(here, 'queryLatency.ts'), [
    corpus,
    cacheDir,
    String(QUERIES),
    queryFile,
  ]);
  process.stderr.write(`bench: ${count(size)} articles: cold starts…\n`);
  const colds: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) colds.push(await coldStart(corpus, cacheDir, loaded.sample));
  colds.sort((a, b) => a - b);
  process.stderr.write(`bench: ${count(size)} articles: live corpus changes…\n`);
  const live = await runChild<Live>(path.join(here, 'liveUpdate.ts'), [corpus, cacheDir]);

  const column: Column = new Map([
    [
      'articles / passages / facts',
      `${count(first.articles)} / ${count(first.passages)} / ${count(first.facts)}`,
    ],
    [
      'first start: load + extract + index',
      `${count(Math.round(first.articles / (first.wallMs / 1000)))} articles/s (${seconds(first.wallMs)}, CPU ${seconds(first.cpuMs)})`,
    ],
    ['index build (part of the first start)', seconds(first.indexMs)],
    [
      'cold start, warm cache (process → answer)',
      `${seconds(percentile(colds, 0.5))} (median of ${COLD_STARTS})`,
    ],
    ['load from cache (in process)', seconds(loaded.loadMs)],
    [
      'heap / RSS after loading from cache',
      `${mb(loaded.heapMB)} / ${mb(loaded.rssMB)} (typed arrays ${mb(loaded.externalMB)})`,
    ],
    ['peak RSS of the first start', mb(first.peakRssMB)],
    ['cache on disk', mb(cacheBytes / 2 ** 20)],
  ]);
  addLatencies(column, loaded.latencies);
  column.set(
    'every fact read back (allFacts)',
    `${seconds(loaded.allFactsMs)} for ${count(loaded.facts)} facts`,
  );
  column.set(
    'live: file added / changed / removed → answers',
    `${seconds(live.addMs)} / ${seconds(live.changeMs)} / ${seconds(live.removeMs)}`,
  );
  column.set(
    `live: ${count(live.burst)} files at once → answers (longest pause)`,
    `${seconds(live.burstMs)} (${ms(live.burstPauseMs)} ms), removed ${seconds(live.burstRemoveMs)}`,
  );
  printTable(`factdesk, ${count(size)} articles (load average ${load()}):`, [...column]);

  if (size === BASELINE_SIZE || (SIZES.length === 1 && process.env.BENCH_BASELINE)) {
    process.stderr.write(`bench: ${count(size)} articles: MiniSearch baseline…\n`);
    const base = await runChild<Baseline>(path.join(here, 'miniSearchBaseline.ts'), [corpus, queryFile]);
    const baseline: Column = new Map([
      ['articles / passages / facts', `${count(base.articles)} / ${count(base.passages)} / –`],
      [
        'first start: load + extract + index',
        `${count(Math.round(base.articles / (base.wallMs / 1000)))} articles/s (${seconds(base.wallMs)}, no extraction)`,
      ],
      ['index build (part of the first start)', seconds(base.indexMs)],
      [
        'load from cache (in process)',
        `${seconds(base.loadMs)} (loadJSON; JSON.stringify ${base.serialised})`,
      ],
      ['heap / RSS after loading from cache', `${mb(base.heapMB)} / ${mb(base.rssMB)} (after building)`],
      ['cache on disk', mb(base.cacheBytes / 2 ** 20)],
    ]);
    addLatencies(baseline, base.latencies);
    printTable(`plain MiniSearch on the bare passages, ${count(size)} articles:`, [...baseline]);
    column.set('baseline', 'yes');
    baselineColumn = baseline;
  }
  return column;
}

/** One long article's extraction time, at 400 KB and 4 MB: extraction must grow in step with the text. */
async function measureLongArticles(): Promise<void> {
  interface Long {
    size: number;
    paragraphs: { ms: number; facts: number };
    oneParagraph: { ms: number; facts: number };
  }
  const rows: [string, string][] = [];
  for (const [size, rounds] of [
    [400_000, 3],
    [4_000_000, 1],
  ] as const) {
    process.stderr.write(`bench: one article of ${count(size)} characters…\n`);
    const long = await runChild<Long>(path.join(here, 'bigArticle.ts'), [String(size), String(rounds)]);
    rows.push([
      `${count(long.size)} characters: in paragraphs / as one paragraph`,
      `${seconds(long.paragraphs.ms)} / ${seconds(long.oneParagraph.ms)} (${count(long.paragraphs.facts)} facts)`,
    ]);
  }
  printTable('extraction of one long article (median of 3 at 400 KB, one run at 4 MB):', rows);
}

let baselineColumn: Column | undefined;
await measureLongArticles();
const material = await readSourceMaterial(SOURCES);
const columns: [string, Column][] = [];
for (const size of SIZES) columns.push([count(size), await measureSize(size, material)]);
if (baselineColumn) columns.push([`MiniSearch ${count(BASELINE_SIZE)}`, baselineColumn]);

// The closing table, as Markdown for the README.
const figures = [...new Set(columns.flatMap(([, column]) => [...column.keys()]))].filter(
  (f) => f !== 'baseline',
);
process.stdout.write(`\n| figure | ${columns.map(([name]) => name).join(' | ')} |\n`);
process.stdout.write(`|---|${columns.map(() => '---').join('|')}|\n`);
for (const figure of figures) {
  process.stdout.write(
    `| ${figure} | ${columns.map(([, column]) => column.get(figure) ?? '–').join(' | ')} |\n`,
  );
}
