import { describe, expect, it } from 'vitest';
import { formatSeconds, PaceMeter } from '../../../src/core/load/loadProgress.js';

describe('PaceMeter', () => {
  it('says nothing until two files are done, then the pace since the first file done', () => {
    const meter = new PaceMeter();
    expect(meter.text({ done: 0, total: 600, elapsedMs: 0 })).toBeUndefined();
    // The first file took 2 s (worker threads starting); the next 50 took one second.
    expect(meter.text({ done: 1, total: 600, elapsedMs: 2000 })).toBeUndefined();
    expect(meter.text({ done: 51, total: 600, elapsedMs: 3000 })).toBe('50/s, about 11 s left');
  });

  it('measures over the last few seconds, so that the estimate follows a change of pace', () => {
    const meter = new PaceMeter(5000);
    for (let second = 1; second <= 10; second++)
      meter.text({ done: second * 100, total: 10_000, elapsedMs: second * 1000 });
    // From the 10th second on, 10 files a second: five seconds later the pace is that alone.
    let text: string | undefined;
    for (let second = 11; second <= 15; second++)
      text = meter.text({ done: 1000 + (second - 10) * 10, total: 10_000, elapsedMs: second * 1000 });
    expect(text).toBe('10/s, about 14 min 55 s left');
  });

  it('gives a slow pace to a tenth', () => {
    const meter = new PaceMeter();
    meter.text({ done: 1, total: 10, elapsedMs: 1000 });
    expect(meter.text({ done: 2, total: 10, elapsedMs: 4000 })).toBe('0.3/s, about 24 s left');
  });
});

describe('formatSeconds', () => {
  it('says a time as a person does', () => {
    expect([0, 16.4, 59.6, 60, 190, 3599, 3600, 3900, 7170].map(formatSeconds)).toEqual([
      '0 s',
      '16 s',
      '1 min',
      '1 min',
      '3 min 10 s',
      '59 min 59 s',
      '1 h',
      '1 h 5 min',
      '2 h',
    ]);
  });
});
