/**
 * Which words of a sentence belong to each of its dates. "The platform was launched in December 2020 and was
 * chaired by Uzbekistan in 2021 and Turkmenistan in 2022": Turkmenistan goes with 2022, the launch with
 * December 2020. A question is matched against the clause of each date, so it gets the date of the clause
 * it asks about rather than the first date of the sentence.
 */

/** A date right after a verb of saying is when something was said, not when it happened. */
const STATEMENT =
  /\b(?:said|says|announced|announces|stated|confirmed|reported|told\s+[\p{L}\s]{1,30}?)\s+(?:on\s+)?$/iu;

/** Where a clause may end between two dates: a comma or semicolon, or a word that opens a new clause. */
const CLAUSE_BREAK = /[,;]\s*|\s+(?:and|but|while|whereas|which|who|then|during|after|before|when|as)\s+/gi;

/**
 * The clause of each date of a sentence, dates given in text order by the text they have there. The gap
 * between two dates is cut at its last clause break (all of it goes to the later date when it has none: "said
 * on Thursday it signed the deal on June 15"). A sentence of one date is its clause; dates not found in it
 * as written get the whole sentence. A date a verb of saying comes right before ("China Eastern said on
 * Thursday it signed the deal on June 15") is the statement's, not the event's: it gets no clause, so that a
 * question about the deal gets June 15.
 */
export function dateClauses(sentence: string, dates: readonly string[]): string[] {
  if (dates.length < 2) return dates.map(() => sentence);
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const text of dates) {
    const start = sentence.indexOf(text, from);
    if (start < 0) return dates.map(() => sentence);
    spans.push({ start, end: start + text.length });
    from = start + text.length;
  }
  const cuts = spans.slice(1).map((next, i) => {
    const gapStart = spans[i]!.end;
    let cut = gapStart;
    for (const match of sentence.slice(gapStart, next.start).matchAll(CLAUSE_BREAK))
      cut = gapStart + match.index;
    return cut;
  });
  return spans.map((span, i) =>
    STATEMENT.test(sentence.slice(0, span.start))
      ? ''
      : sentence.slice(i === 0 ? 0 : cuts[i - 1], cuts[i] ?? sentence.length).trim(),
  );
}
