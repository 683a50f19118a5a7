import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

const SUFFIX = '.tmp';
/** A temporary file untouched this long belongs to a write that will never finish: writes take seconds. */
const STALE_MS = 10 * 60_000;

/**
 * Where to write `target` before renaming it there, so that a reader sees the whole file or none of it.
 * Named by process and at random, so that two processes sharing a cache never write the same one.
 */
export function temporaryPath(target: string): string {
  return `${target}.${process.pid}.${Math.random().toString(36).slice(2)}${SUFFIX}`;
}

/**
 * Removes the temporary files under `dir` (and its subfolders) left by writes that never finished: a
 * process killed mid-write. Ones still being written (by another process sharing the cache) are left alone.
 */
export async function removeStaleTemporaries(dir: string, now = Date.now()): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return; // No cache yet, or none to be had: nothing to clean.
  }
  for (const name of names) {
    if (!name.endsWith(SUFFIX)) continue;
    const file = path.join(dir, name);
    try {
      if (now - (await stat(file)).mtimeMs > STALE_MS) await rm(file, { force: true });
    } catch {
      // Renamed or removed by its writer meanwhile.
    }
  }
}

/** Why a write to the cache failed, without the file's path: the same for every file of a cache that cannot be written. */
export function writeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code } = error as NodeJS.ErrnoException;
  const comma = error.message.indexOf(',');
  return code && comma > 0 ? error.message.slice(0, comma) : error.message;
}
