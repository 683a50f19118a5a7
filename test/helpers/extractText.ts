import { extractFacts } from '../../src/core/extract/extractFacts.js';
import type { Fact } from '../../src/core/types.js';

/** The facts of a one-article corpus made of `text` (dated `date` if given). */
export function factsOf(text: string, date?: string): Fact[] {
  return extractFacts({ id: 'a', file: 'a.txt', text, ...(date ? { date } : {}) }).facts;
}

export const peopleOf = (text: string) => factsOf(text).flatMap((f) => (f.person ? [f.person] : []));
/** Quotations in quotation marks. */
export const quotesOf = (text: string) =>
  factsOf(text).flatMap((f) => (f.quote && !f.quote.reported ? [f.quote] : []));
/** Statements reported in other words: `{ text, speaker }`. */
export const reportedOf = (text: string) =>
  factsOf(text).flatMap((f) => (f.quote?.reported ? [{ text: f.quote.text, speaker: f.quote.speaker }] : []));
export const datesOf = (text: string, date?: string) =>
  factsOf(text, date).flatMap((f) => (f.date ? [[f.date.text, f.date.iso]] : []));
