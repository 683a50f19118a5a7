import { describe, expect, it } from 'vitest';
import { parseDigestCommand } from '../../../src/core/digest/parseDigestCommand.js';

const defaults = { time: '08:00', timeZone: 'UTC' };
const parse = (args: string) => parseDigestCommand(args, defaults);

describe('parseDigestCommand', () => {
  it('reads on with a time and a zone, in either order, and fills what is left out from the defaults', () => {
    const on = (time: string, timeZone: string) => ({
      command: { kind: 'on', schedule: { time, timeZone } },
    });
    expect(parse('on 08:30 Asia/Almaty')).toEqual(on('08:30', 'Asia/Almaty'));
    expect(parse('on asia/almaty 8:30')).toEqual(on('08:30', 'Asia/Almaty'));
    expect(parse('on 21:15')).toEqual(on('21:15', 'UTC'));
    expect(parse('on Europe/Berlin')).toEqual(on('08:00', 'Europe/Berlin'));
    expect(parse('ON')).toEqual(on('08:00', 'UTC'));
  });

  it('says what is wrong with a bad time or zone', () => {
    expect(parse('on 25:00 UTC')).toEqual({ error: expect.stringContaining('“25:00” is not a time of day') });
    expect(parse('on 8am')).toEqual({ error: expect.stringContaining('HH:MM') });
    expect(parse('on 08:30 Asia/Almatyy')).toEqual({
      error: expect.stringContaining('“Asia/Almatyy” is not a time zone I know'),
    });
    expect(parse('on 08:30 09:00')).toEqual({ error: expect.stringContaining('one time of day') });
    expect(parse('on UTC Asia/Almaty')).toEqual({ error: expect.stringContaining('one time zone') });
  });

  it('reads a topic, and all to clear it', () => {
    expect(parse('topic domestic violence')).toEqual({
      command: { kind: 'topic', topic: 'domestic violence' },
    });
    expect(parse('topic all')).toEqual({ command: { kind: 'topic', topic: null } });
    expect(parse('topic')).toEqual({ error: expect.stringContaining('Type a topic') });
    expect(parse('topic the of')).toEqual({ error: expect.stringContaining('no word to search for') });
    expect(parse(`topic ${'x'.repeat(101)}`)).toEqual({ error: expect.stringContaining('up to 100') });
  });

  it('reads off, now, status and help, and an empty command as help', () => {
    expect(parse('off')).toEqual({ command: { kind: 'off' } });
    expect(parse('stop')).toEqual({ command: { kind: 'off' } });
    expect(parse('now')).toEqual({ command: { kind: 'now' } });
    expect(parse(' Status ')).toEqual({ command: { kind: 'status' } });
    expect(parse('')).toEqual({ command: { kind: 'help' } });
    expect(parse('now please')).toEqual({ error: expect.stringContaining('takes nothing after it') });
  });

  it('lists the subcommands for an unknown one', () => {
    const result = parse('daily');
    expect(result).toEqual({ error: expect.stringContaining('There is no /digest daily') });
    expect('error' in result && result.error).toContain('/digest topic');
  });
});
