import { describe, expect, it } from 'vitest';
import { withoutDateline } from '../../../src/core/text/dateline.js';

describe('withoutDateline', () => {
  it('leaves out where an article was written, however the dateline is written', () => {
    expect(withoutDateline('ASTANA – The seminar opened.')).toBe('The seminar opened.');
    expect(withoutDateline('SORVA, Calveria – The campaign began.')).toBe('The campaign began.');
    expect(withoutDateline('LONDON (Reuters) – Shares fell.')).toBe('Shares fell.');
    expect(withoutDateline('KARSVIK, Feb 4 (Meridian News) - The quota was cut.')).toBe('The quota was cut.');
  });

  it('keeps a sentence that opens with no dateline', () => {
    for (const sentence of ['The EU-funded project – a first – began.', 'NATO said on Monday it would meet.'])
      expect(withoutDateline(sentence)).toBe(sentence);
  });
});
