import { describe, expect, it } from 'vitest';
import { digestSlot, nextDueAfter } from '../../../src/core/digest/digestSlot.js';

const at = (iso: string) => Date.parse(iso);
const almaty = { time: '08:30', timeZone: 'Asia/Almaty' };
const longAgo = at('2024-01-01T00:00:00Z');

describe('digestSlot', () => {
  it('owes nothing before the time, and today’s digest from the time on', () => {
    expect(digestSlot(almaty, longAgo, at('2024-06-01T03:29:00Z'))).toEqual({
      owed: false,
      localDate: '2024-06-01',
      nextAt: at('2024-06-01T03:30:00Z'),
    });
    expect(digestSlot(almaty, longAgo, at('2024-06-01T03:30:00Z'))).toEqual({
      owed: true,
      localDate: '2024-06-01',
      dueAt: at('2024-06-01T03:30:00Z'),
    });
  });

  it('still owes today’s digest later that day (catch-up), but never a past day’s', () => {
    expect(digestSlot(almaty, longAgo, at('2024-06-01T18:59:00Z'))).toMatchObject({
      owed: true,
      localDate: '2024-06-01',
    });
    // 19:00Z is midnight in Almaty: the 1 June digest is no longer owed, the 2 June one not yet.
    expect(digestSlot(almaty, longAgo, at('2024-06-01T19:00:00Z'))).toEqual({
      owed: false,
      localDate: '2024-06-02',
      nextAt: at('2024-06-02T03:30:00Z'),
    });
  });

  it('does not owe a digest whose time passed before the schedule was set', () => {
    const setAt = at('2024-06-01T05:00:00Z');
    expect(digestSlot(almaty, setAt, at('2024-06-01T05:01:00Z'))).toEqual({
      owed: false,
      localDate: '2024-06-01',
      nextAt: at('2024-06-02T03:30:00Z'),
    });
  });

  it('gives the next due time after a delivered day', () => {
    expect(nextDueAfter(almaty, '2024-06-01')).toBe(at('2024-06-02T03:30:00Z'));
  });
});
