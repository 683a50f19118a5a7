import { SingleBar } from 'cli-progress';
import type { LoadProgress } from '../../core/mod.js';
import { PaceMeter } from '../../core/mod.js';

export interface ProgressBar {
  update(progress: LoadProgress): void;
  /** Clears the bar's line, so that what is written next (a greeting, an answer) starts on a clean line. */
  stop(): void;
}

/**
 * The progress of reading the corpus as a bar on a terminal: files done of all, how many a second and the
 * time left. It belongs on stderr (stdout carries answers and JSON); on a stream that is not a terminal
 * nothing is drawn.
 */
export function progressBar(output: NodeJS.WritableStream): ProgressBar {
  const bar = new SingleBar({
    stream: output,
    format: 'corpus [{bar}] {value}/{total} files {pace}',
    barsize: 30,
    clearOnComplete: true,
    // Nothing the terminal keeps when the process is stopped halfway: the cursor stays shown and lines wrap
    // as before (the bar is cut to the terminal's width instead).
    hideCursor: false,
    linewrap: true,
  });
  const pace = new PaceMeter();
  let started = false;
  return {
    update(progress) {
      const text = pace.text(progress);
      const payload = { pace: text ? `(${text})` : '' };
      if (started) bar.update(progress.done, payload);
      else {
        bar.start(progress.total, progress.done, payload);
        started = true;
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
