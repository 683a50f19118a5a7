import { describe, expect, it } from 'vitest';
import {
  addDays,
  canonicalTimeZone,
  localDateOf,
  parseTimeOfDay,
  wallTimeOf,
  zonedInstant,
} from '../../../src/core/digest/zonedTime.js';

const at = (iso: string) => Date.parse(iso);

describe('zoned time', () => {
  it('gives the local date of an instant in a zone, which may differ from the UTC date', () => {
    expect(localDateOf(at('2024-06-01T20:00:00Z'), 'Asia/Almaty')).toBe('2024-06-02');
    expect(localDateOf(at('2024-06-01T02:00:00Z'), 'America/New_York')).toBe('2024-05-31');
    expect(wallTimeOf(at('2024-06-01T03:30:00Z'), 'Asia/Almaty')).toEqual({
      date: '2024-06-01',
      time: '08:30',
    });
  });

  it('turns a local date and time into the instant, in standard and in summer time', () => {
    expect(zonedInstant('2024-01-15', '08:30', 'Europe/Berlin')).toBe(at('2024-01-15T07:30:00Z'));
    expect(zonedInstant('2024-07-15', '08:30', 'Europe/Berlin')).toBe(at('2024-07-15T06:30:00Z'));
    expect(zonedInstant('2024-07-15', '00:00', 'UTC')).toBe(at('2024-07-15T00:00:00Z'));
  });

  it('moves a time the clocks skip later by the length of the gap', () => {
    // Berlin jumps from 02:00 to 03:00 on 31 March 2024; New York on 10 March 2024.
    expect(zonedInstant('2024-03-31', '02:30', 'Europe/Berlin')).toBe(at('2024-03-31T01:30:00Z'));
    expect(wallTimeOf(at('2024-03-31T01:30:00Z'), 'Europe/Berlin').time).toBe('03:30');
    expect(zonedInstant('2024-03-10', '02:30', 'America/New_York')).toBe(at('2024-03-10T07:30:00Z'));
  });

  it('takes the first of a time that occurs twice', () => {
    // Berlin goes back from 03:00 to 02:00 on 27 October 2024: 02:30 happens at 00:30Z and 01:30Z.
    expect(zonedInstant('2024-10-27', '02:30', 'Europe/Berlin')).toBe(at('2024-10-27T00:30:00Z'));
  });

  it('adds calendar days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('reads IANA zones in any case and times as H:MM or HH:MM, and nothing else', () => {
    expect(canonicalTimeZone('asia/almaty')).toBe('Asia/Almaty');
    expect(canonicalTimeZone('utc')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus')).toBeUndefined();
    expect(canonicalTimeZone('08:30')).toBeUndefined();
    expect(parseTimeOfDay('8:05')).toBe('08:05');
    expect(parseTimeOfDay('23:59')).toBe('23:59');
    for (const bad of ['24:00', '08:60', '8', '0830', '08:3', ' 08:30'])
      expect(parseTimeOfDay(bad)).toBeUndefined();
  });
});
