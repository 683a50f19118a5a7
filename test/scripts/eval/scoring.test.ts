import { describe, expect, it } from 'vitest';
import { sameAtPrecision } from '../../../scripts/eval/scoreDates.js';
import type { QuoteGold } from '../../../scripts/eval/scoreQuotes.js';
import { scoreQuotes } from '../../../scripts/eval/scoreQuotes.js';
import { scoreRoles } from '../../../scripts/eval/scoreRoles.js';
import type { Fact } from '../../../src/core/types.js';

const gold = (
  start: number,
  end: number,
  kind: QuoteGold['kind'],
  speaker: string | null,
  aliases?: string[],
) => ({
  file: '001.txt',
  line: 4,
  text: 'x'.repeat(end - start),
  kind,
  speaker,
  start,
  end,
  ...(aliases ? { aliases } : {}),
});
const said = (start: number, end: number, speaker: string | null) => ({
  file: '001.txt',
  start,
  end,
  text: '',
  speaker,
});

describe('quotation scoring (the Gender Gap Tracker’s measure)', () => {
  it('matches on the share of the gold span the system covers, at each threshold', () => {
    const golds = [gold(0, 100, 'speech', 'Jim Press')];
    const half = [said(50, 100, 'Jim Press')];
    expect(scoreQuotes(golds, half, 0.3)).toMatchObject({ matched: 1, falsePositives: 0, speakerRight: 1 });
    expect(scoreQuotes(golds, half, 0.8)).toMatchObject({ matched: 0, falsePositives: 1 });
  });

  it('counts a quotation over a scare quote as false, one over a fragment neither way', () => {
    const golds = [gold(0, 10, 'scare', null), gold(20, 30, 'fragment', 'Jim Press')];
    expect(scoreQuotes(golds, [said(0, 10, null), said(20, 30, 'Jim Press')], 0.3)).toMatchObject({
      gold: 0,
      system: 1,
      falsePositives: 1,
    });
  });

  it('accepts a speaker’s alias, and no speaker only where the gold has none', () => {
    const golds = [gold(0, 50, 'speech', 'General Motors', ['GM']), gold(60, 100, 'speech', null)];
    expect(scoreQuotes(golds, [said(0, 50, 'GM'), said(60, 100, 'Jim Press')], 0.3)).toMatchObject({
      matched: 2,
      speakerRight: 1,
    });
  });
});

describe('date and role scoring', () => {
  it('compares a date at the gold’s precision; a coarser value is wrong', () => {
    expect(sameAtPrecision('2009-02-23', '2009-02')).toBe(true);
    expect(sameAtPrecision('2009', '2009-02')).toBe(false);
    expect(sameAtPrecision('2008-06-03', '2009-06-03')).toBe(false);
  });

  it('wants every role the system gives to be a right one', () => {
    const person = (roles: string[]) =>
      [{ kind: 'person', person: { name: 'Jim Press', roles } }] as unknown as Fact[];
    const roles = [
      { corpus: 'bench' as const, file: '043.txt', name: 'Jim Press', roles: ['Vice Chairman of Chrysler'] },
    ];
    expect(scoreRoles(roles, () => person(['the Vice Chairman of Chrysler'])).correct).toBe(1);
    expect(scoreRoles(roles, () => person(['Vice Chairman of Chrysler', 'President'])).correct).toBe(0);
    expect(scoreRoles(roles, () => person([])).correct).toBe(0);
  });
});
