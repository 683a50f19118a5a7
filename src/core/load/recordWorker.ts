/** A worker thread of `RecordPool`: reads and extracts corpus files, one message a file. */
import { parentPort } from 'node:worker_threads';
import type { RecordJob } from './recordPool.js';
import { errorText } from '../errors.js';
import { recordForFile } from './fileRecord.js';

parentPort?.on('message', (job: RecordJob) => {
  recordForFile(job.corpusDir, job.file, job.recordsDir, job.write).then(
    (record) => parentPort?.postMessage({ id: job.id, record }),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error: errorText(error) }),
  );
});
