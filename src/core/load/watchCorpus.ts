import type { FSWatcher } from 'node:fs';
import { watch } from 'node:fs';
import type { CorpusSync, SyncResult } from './corpusSync.js';
import { asError } from '../errors.js';

export interface WatchOptions {
  /** Quiet time after a change before the corpus is synced, so that a burst of files is one sync. */
  debounceMs?: number;
  /** Longest a change waits while changes keep coming. */
  maxWaitMs?: number;
  onSynced?: (result: SyncResult) => void;
  onError?: (error: Error) => void;
}

export interface CorpusWatcher {
  /** Resolves when every change seen so far is in the knowledge base. */
  settled(): Promise<void>;
  close(): void;
}

/**
 * Watches the corpus folder (and its subfolders) and syncs the files that changed: a file added, changed
 * or removed is in the answers a moment later, without a restart. Changes are gathered while they keep
 * coming (a copy of a thousand files is one sync), but never held longer than `maxWaitMs`.
 */
export function watchCorpus(sync: CorpusSync, options: WatchOptions = {}): CorpusWatcher {
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  let changed = new Set<string>();
  /** A change the watcher could not name: the whole folder is synced. */
  let everything = false;
  let firstChange = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let closed = false;

  const flush = () => {
    timer = undefined;
    if (!everything && changed.size === 0) return;
    const paths = everything ? undefined : [...changed];
    changed = new Set();
    everything = false;
    firstChange = 0;
    running = running.then(() =>
      sync.sync(paths).then(
        (result) => options.onSynced?.(result),
        (error: unknown) => options.onError?.(asError(error)),
      ),
    );
  };

  const watcher: FSWatcher = watch(sync.corpusDir, { recursive: true }, (_event, filename) => {
    if (closed) return;
    if (filename) changed.add(filename.toString());
    else everything = true;
    const now = Date.now();
    firstChange ||= now;
    clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(debounceMs, firstChange + maxWaitMs - now)));
  });
  watcher.on('error', (error) => options.onError?.(error));

  return {
    async settled() {
      if (timer) {
        clearTimeout(timer);
        flush();
      }
      await running;
    },
    close() {
      closed = true;
      clearTimeout(timer);
      watcher.close();
    },
  };
}
