import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { progressLog } from '../src/progressLog.js';

/** A progress log writing its lines to an array. */
function logged(): { lines: string[]; report: ReturnType<typeof progressLog> } {
  const lines: string[] = [];
  return {
    lines,
    report: progressLog(
      createLogger('info', [], (line) => lines.push(line)),
      5000,
    ),
  };
}

describe('progressLog', () => {
  it('says how far a long load is every 5 seconds, with its pace and the time left', () => {
    const { lines, report } = logged();
    const total = 5000;
    for (let ms = 0; ms <= 20_000; ms += 250)
      report({ done: Math.floor((ms / 1000) * 240), total, elapsedMs: ms });
    expect(lines).toEqual([
      'info: corpus: reading 1200 of 5000 files (240/s, about 16 s left)',
      'info: corpus: reading 2400 of 5000 files (240/s, about 11 s left)',
      'info: corpus: reading 3600 of 5000 files (240/s, about 6 s left)',
      'info: corpus: reading 4800 of 5000 files (240/s, about 1 s left)',
    ]);
  });

  it('says nothing of a load shorter than 5 seconds, nor of its end', () => {
    const { lines, report } = logged();
    for (let done = 0; done <= 100; done++) report({ done, total: 100, elapsedMs: done * 49 });
    report({ done: 100, total: 100, elapsedMs: 9000 });
    expect(lines).toEqual([]);
  });
});
