/** Small helpers of the benchmark: timing, percentiles, memory, folder sizes, child processes. */
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface Latency {
  p50: number;
  p99: number;
  /** Share of the questions that got at least one answer. */
  answered: number;
}

export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/** Runs `run` on each query (after a few to warm up) and gives its latency in milliseconds. */
export function latency(queries: readonly string[], run: (query: string) => boolean): Latency {
  for (const query of queries.slice(0, 50)) run(query);
  const times: number[] = [];
  let answered = 0;
  for (const query of queries) {
    const started = performance.now();
    if (run(query)) answered++;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), answered: answered / queries.length };
}

export interface Memory {
  heapMB: number;
  rssMB: number;
  /** Memory outside the JavaScript heap (typed arrays: the postings). */
  externalMB: number;
}

/** Memory after a full garbage collection (needs `--expose-gc`). */
export function memory(): Memory {
  globalThis.gc?.();
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return {
    heapMB: usage.heapUsed / 2 ** 20,
    rssMB: usage.rss / 2 ** 20,
    externalMB: usage.external / 2 ** 20,
  };
}

export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Runs a benchmark step in its own process (so that its memory and start are its own); parses its JSON. */
export function runChild<T>(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`${path.basename(script)} exited with ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').pop()!) as T);
    });
  });
}
