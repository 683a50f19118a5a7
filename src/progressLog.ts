import type { LoadProgress, OnProgress } from './core/mod.js';
import { PaceMeter } from './core/mod.js';
import type { Logger } from './logger.js';

/** How often a long load says how far it is. */
const EVERY_MS = 5000;

/**
 * The progress of reading the corpus as a log line every `everyMs` (`corpus: reading 1200 of 5000 files
 * (240/s, about 16 s left)`), for a log rather than a terminal: `npm start` with platforms, or stderr
 * sent to a file. A load shorter than `everyMs` says nothing.
 */
export function progressLog(logger: Logger, everyMs = EVERY_MS): OnProgress {
  const meter = new PaceMeter();
  let nextAt = everyMs;
  return (progress: LoadProgress) => {
    const pace = meter.text(progress);
    if (progress.elapsedMs < nextAt || progress.done === progress.total) return;
    nextAt = progress.elapsedMs + everyMs;
    logger.info(`corpus: reading ${progress.done} of ${progress.total} files${pace ? ` (${pace})` : ''}`);
  };
}
