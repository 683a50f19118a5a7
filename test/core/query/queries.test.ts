import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { quote } from '../../../src/core/query/quote.js';
import { search } from '../../../src/core/query/search.js';
import { when } from '../../../src/core/query/when.js';
import { who } from '../../../src/core/query/who.js';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('who', () => {
  it('finds a person by surname, full name, accent-free spelling, a typo or a name prefix', () => {
    for (const query of ['Vassilenko', 'Roman Vassilenko', 'Vasilenko', 'vassil']) {
      expect(
        who(kb, query).map((i) => i.person?.name),
        query,
      ).toEqual(['Roman Vassilenko']);
    }
    expect(who(kb, 'Kestutis Jankauskas')[0]?.person?.name).toBe('Kęstutis Jankauskas');
  });

  it('forgives two letters swapped as one typo, even in a short word', () => {
    expect(who(kb, 'Roman Vasislenko').map((i) => i.person?.name)).toEqual(['Roman Vassilenko']);
    // Six letters allow one edit, and "Astnaa" is two insertions or deletions away from Astana.
    expect(search(kb, 'Astnaa seminar').map((i) => i.source.id)).toContain('000_c1d4a831d9bceeab');
  });

  it('finds people by role, and a vice speaker only when asked for one', () => {
    expect(who(kb, 'EU Ambassador').map((i) => i.person?.name)).toEqual(['Kęstutis Jankauskas']);
    expect(who(kb, 'speaker of the Mazhilis').map((i) => i.person?.name)).toEqual(['Yerlan Koshanov']);
    expect(who(kb, 'vice speaker of the Mazhilis').map((i) => i.person?.name)).toEqual(['Daniya Yespayeva']);
    // Who runs it: its Speaker, not the vice speaker.
    expect(who(kb, 'Mazhilis', 0.6, true).map((i) => i.person?.name)).toEqual(['Yerlan Koshanov']);
  });

  it('answers nothing rather than someone else when not every word matches', () => {
    expect(who(kb, 'President of France')).toEqual([]);
    expect(who(kb, 'Putin')).toEqual([]);
  });
});

describe('when', () => {
  it('finds dated events by what happened', () => {
    expect(when(kb, 'dialogue platform launched').map((i) => i.date?.iso)).toEqual([
      '2020-12',
      '2021',
      '2022',
    ]);
  });

  it('finds events by the person in their sentence', () => {
    expect(when(kb, 'Vassilenko').map((i) => i.date?.iso)).toContain('2024-04-04');
  });
});

describe('quote', () => {
  it('finds quotations by their words or their speaker', () => {
    expect(quote(kb, 'serious obstacle').map((i) => i.quote?.speaker)).toEqual(['Artur Lastayev']);
    expect(quote(kb, 'Koshanov')).toHaveLength(3);
  });

  it('keeps to one speaker’s quotations when a speaker is given', () => {
    expect(quote(kb, 'violence', 'Jankauskas').map((i) => i.quote?.speaker)).toEqual(['Kęstutis Jankauskas']);
    expect(quote(kb, 'violence', 'Nobody')).toEqual([]);
    expect(quote(kb, '', 'Koshanov')).toHaveLength(3);
  });
});

describe('search', () => {
  it('finds passages with all the words, the best first, each citing its article', () => {
    const items = search(kb, 'Untold installation');
    expect(items).toHaveLength(1);
    expect(items[0]!.text).toMatch(/^Two weeks ago, Kazakhstan opened the Untold installation/);
    expect(items[0]!.source).toMatchObject({ id: '004_00ade6fe45578852', sentence: items[0]!.text });
  });
});
