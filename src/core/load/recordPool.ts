import { Worker } from 'node:worker_threads';
import type { FileRecord } from './fileRecord.js';

export interface RecordJob {
  id: number;
  corpusDir: string;
  file: string;
  recordsDir?: string;
  /** Whether a record extracted now is written to `recordsDir`. */
  write: boolean;
}

interface Pending {
  job: RecordJob;
  resolve: (record: FileRecord) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  running: Map<number, Pending>;
}

/** Jobs a worker holds at once: one extracting while the next file is read. */
const PER_WORKER = 2;

/**
 * Worker threads that read and extract corpus files (`recordForFile`), so that a first start uses every
 * core and a burst of new files never blocks answers. The sources are TypeScript run through tsx, so each
 * worker registers tsx before it loads its module.
 */
export class RecordPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.workers.push(this.spawn());
  }

  /** `recordForFile` in a worker. */
  run(corpusDir: string, file: string, recordsDir?: string, write = true): Promise<FileRecord> {
    if (this.closed) return Promise.reject(new Error('the extraction workers are stopped'));
    return new Promise((resolve, reject) => {
      const job: RecordJob = {
        id: this.nextId++,
        corpusDir,
        file,
        ...(recordsDir ? { recordsDir } : {}),
        write,
      };
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0))
      pending.reject(new Error('the extraction workers are stopped'));
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private dispatch(): void {
    for (const entry of this.workers) {
      while (entry.running.size < PER_WORKER && this.queue.length > 0) {
        const pending = this.queue.shift()!;
        entry.running.set(pending.job.id, pending);
        entry.worker.postMessage(pending.job);
      }
    }
  }

  private spawn(): PoolWorker {
    const tsx = import.meta.resolve('tsx/esm/api');
    const module = new URL('./recordWorker.ts', import.meta.url).href;
    const worker = new Worker(
      `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(module)}); });`,
      { eval: true },
    );
    const entry: PoolWorker = { worker, running: new Map() };
    worker.on('message', (message: { id: number; record?: FileRecord; error?: string }) => {
      const pending = entry.running.get(message.id);
      if (!pending) return;
      entry.running.delete(message.id);
      if (message.record) pending.resolve(message.record);
      else pending.reject(new Error(message.error ?? 'extraction failed'));
      this.dispatch();
    });
    const fail = (error: Error) => {
      // A worker that died fails its jobs (each becomes a warning), and another takes its place.
      for (const pending of entry.running.values()) pending.reject(error);
      entry.running.clear();
      const at = this.workers.indexOf(entry);
      if (at >= 0 && !this.closed) {
        this.workers[at] = this.spawn();
        this.dispatch();
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`extraction worker stopped (exit code ${code})`));
    });
    return entry;
  }
}
