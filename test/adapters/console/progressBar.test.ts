import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../../src/adapters/console/progressBar.js';

/** What is written to a stream, as a terminal (`isTTY`, 100 columns) or a pipe would receive it. */
function screen(isTTY: boolean): { stream: Writable; written: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  Object.assign(stream, isTTY ? { isTTY: true, columns: 100 } : {});
  return { stream, written: () => text };
}

describe('progressBar', () => {
  it('draws files done of all, the pace and the time left on a terminal, and clears its line when stopped', () => {
    const { stream, written } = screen(true);
    const bar = progressBar(stream);
    bar.update({ done: 0, total: 600, elapsedMs: 0 });
    bar.update({ done: 1, total: 600, elapsedMs: 1000 });
    bar.update({ done: 301, total: 600, elapsedMs: 7000 });
    bar.stop();
    const text = written();
    expect(text).toContain('corpus [');
    expect(text).toContain('0/600 files');
    expect(text).toContain('301/600 files (50/s, about 6 s left)');
    // Cleared: back to the line's start, the whole line erased (ESC [ 2 K) as the last thing written.
    expect(text.endsWith('\x1b[1G\x1b[2K')).toBe(true);
    // The terminal is left as it was: the cursor shown, lines wrapping.
    expect(text).not.toContain('\x1b[?25l');
    expect(text).not.toContain('\x1b[?7l');
  });

  it('draws nothing on a stream that is not a terminal', () => {
    const { stream, written } = screen(false);
    const bar = progressBar(stream);
    bar.update({ done: 0, total: 600, elapsedMs: 0 });
    bar.update({ done: 300, total: 600, elapsedMs: 6000 });
    bar.stop();
    expect(written()).toBe('');
  });

  it('draws nothing when stopped before any progress (everything came from the cache)', () => {
    const { stream, written } = screen(true);
    progressBar(stream).stop();
    expect(written()).toBe('');
  });
});
