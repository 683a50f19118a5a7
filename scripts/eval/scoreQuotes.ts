import type { BenchArticle } from './benchArticles.js';
import { normalise, overlap } from './spans.js';

/** A line of our `quotations.jsonl`: one “…” span of an article. */
export interface QuoteGold {
  file: string;
  /** The file line where the quotation opens. */
  line: number;
  /** The words between the marks, lines joined by one space. */
  text: string;
  /** Only `speech` is scored; a system quotation over `scare` or `title` is a false positive. */
  kind: 'speech' | 'fragment' | 'scare' | 'title';
  speaker: string | null;
  /** Other names the article gives the speaker. */
  aliases?: string[];
  /** The speaker is an organisation, whose name a longer or shorter form of it also matches. */
  organisation?: boolean;
}

/** A line of the bench's `quotes-gold.jsonl`: every “…” of the 60 articles, by its first words. */
export interface SharedQuoteGold {
  file: string;
  /** The quotation's first words, as written. */
  quote: string;
  speaker: string | null;
  speaker_type: 'person' | 'organisation' | null;
  /** How the article attributes it, for the reader of errors. */
  cue: string;
  /** A title or scare quote: not speech. */
  scare: boolean;
}

/**
 * The bench's quotation gold in the shape of ours: each line placed at the first “…” of its file (after the
 * one before) that opens with its words, and running to the closing mark. An organisation's speaker also
 * matches a shorter or longer form of its name ("Federal Reserve" for "United States Federal Reserve").
 */
export function placeSharedGold(
  bench: BenchArticle,
  lines: SharedQuoteGold[],
): (QuoteGold & { start: number; end: number })[] {
  const text = bench.bodyText;
  let cursor = 0;
  return lines.map((g) => {
    const words = g.quote.replace(/\s+/g, ' ').trim();
    const at = text.indexOf(words, cursor);
    if (at < 0) throw new Error(`${g.file}: bench quotation not found: ${words.slice(0, 40)}`);
    cursor = at + 1;
    const close = text.slice(at).search(/[”"]/);
    const end = close < 0 ? text.length : at + close;
    return {
      file: g.file,
      line: bench.lineAt(at),
      text: text.slice(at, end),
      kind: g.scare ? 'scare' : 'speech',
      speaker: g.speaker,
      ...(g.speaker_type === 'organisation' ? { organisation: true } : {}),
      start: at,
      end,
    };
  });
}

/** A quotation the system gives, as a span of the bench body (or of the title, start < 0). */
export interface SystemQuote {
  file: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}

export interface QuoteScore {
  threshold: number;
  gold: number;
  system: number;
  matched: number;
  falsePositives: number;
  speakerRight: number;
  errors: string[];
}

/** Every quote fact, placed in the body. */
export function systemQuotes(bench: BenchArticle): SystemQuote[] {
  const passages = new Map(bench.extracted.passages.map((p) => [p.id, p]));
  const quotes: SystemQuote[] = [];
  for (const fact of bench.extracted.facts) {
    if (fact.kind !== 'quote' || !fact.quote || fact.quote.reported) continue;
    const passage = passages.get(fact.passageId)!;
    const at = passage.text.indexOf(fact.quote.text);
    const base = bench.bodyOffset(passage);
    const start = base < 0 || at < 0 ? -1 : base + at;
    const end = start < 0 ? -1 : start + fact.quote.text.length;
    quotes.push({ file: bench.file, start, end, text: fact.quote.text, speaker: fact.quote.speaker });
  }
  return quotes;
}

/** A gold quotation placed in the body: searched from the start of the line where it opens. */
export function placeGold(bench: BenchArticle, gold: QuoteGold): { start: number; end: number } {
  const start = bench.bodyText.indexOf(gold.text, Math.max(0, bench.lineStart(gold.line)));
  if (start < 0)
    throw new Error(`${gold.file}:${gold.line}: gold quotation not found: ${gold.text.slice(0, 40)}`);
  return { start, end: start + gold.text.length };
}

/**
 * The Gender Gap Tracker's measure: each gold quotation takes the unmatched system quotation that covers the
 * largest share of its characters, when that share is at least `threshold`; speaker accuracy is over the matched.
 * System quotations left over are false positives, except over a quoted fragment (one or two words of
 * someone's speech), which counts neither way.
 */
export function scoreQuotes(
  gold: (QuoteGold & { start: number; end: number })[],
  system: SystemQuote[],
  threshold: number,
): QuoteScore {
  const speech = gold.filter((g) => g.kind === 'speech');
  const score: QuoteScore = {
    threshold,
    gold: speech.length,
    system: 0,
    matched: 0,
    falsePositives: 0,
    speakerRight: 0,
    errors: [],
  };
  const left = new Set(system);
  for (const g of speech) {
    const length = g.end - g.start;
    let best: SystemQuote | undefined;
    let bestShare = 0;
    for (const s of left) {
      if (s.file !== g.file) continue;
      const share = overlap(g.start, g.end, s.start, s.end) / length;
      if (share >= threshold && share > bestShare) [best, bestShare] = [s, share];
    }
    const where = `${g.file}:${g.line} “${clip(g.text)}”`;
    if (!best) {
      score.errors.push(`missed     ${where}`);
      continue;
    }
    left.delete(best);
    score.matched++;
    const names = [g.speaker, ...(g.aliases ?? [])].map((n) => (n === null ? null : normalise(n)));
    const said = best.speaker === null ? null : normalise(best.speaker);
    if (
      names.includes(said) ||
      (g.organisation && said !== null && names.some((n) => n !== null && sameOrganisation(n, said)))
    )
      score.speakerRight++;
    else score.errors.push(`speaker    ${where}: ${best.speaker ?? 'none'}, gold ${g.speaker ?? 'none'}`);
  }
  for (const s of left) {
    const over = gold.filter((g) => g.file === s.file && overlap(g.start, g.end, s.start, s.end) > 0);
    if (over.length > 0 && over.every((g) => g.kind === 'fragment')) continue;
    score.falsePositives++;
    const what = over.map((g) => g.kind).join('+') || 'no quotation';
    score.errors.push(`extra      ${s.file} “${clip(s.text)}” (${what})`);
  }
  score.system = score.matched + score.falsePositives;
  return score;
}

/** A line of the held-out `reported.jsonl`: a statement reported without quotation marks, by its first words. */
export interface ReportedGold {
  file: string;
  line: number;
  speaker: string;
  text: string;
}

export interface ReportedScore {
  gold: number;
  system: number;
  found: number;
  /** System statements that are one of the gold's. */
  real: number;
  speakerRight: number;
  errors: string[];
}

/**
 * Reported statements: a gold one is found when a system statement of its article holds its first five
 * words (or the gold holds the system's first five: "said that" may be cut elsewhere); its speaker is right
 * as for quotations.
 */
export function scoreReported(gold: ReportedGold[], benches: BenchArticle[]): ReportedScore {
  const system = benches.flatMap((bench) =>
    bench.extracted.facts
      .filter((f) => f.quote?.reported)
      .map((f) => ({ file: bench.file, text: words(f.quote!.text), speaker: f.quote!.speaker })),
  );
  const same = (a: string, b: string) => a.includes(b.split(' ').slice(0, 5).join(' '));
  const matches = (g: ReportedGold, s: (typeof system)[number]) =>
    s.file === g.file && (same(s.text, words(g.text)) || same(words(g.text), s.text));
  const score: ReportedScore = {
    gold: gold.length,
    system: system.length,
    found: 0,
    real: 0,
    speakerRight: 0,
    errors: [],
  };
  for (const g of gold) {
    const where = `${g.file}:${g.line} “${clip(g.text)}” (${g.speaker})`;
    const found = system.find((s) => matches(g, s));
    if (!found) {
      score.errors.push(`missed     ${where}`);
      continue;
    }
    score.found++;
    const said = found.speaker === null ? '' : normalise(found.speaker);
    if (said === normalise(g.speaker) || sameOrganisation(normalise(g.speaker), said)) score.speakerRight++;
    else score.errors.push(`speaker    ${where}: ${found.speaker ?? 'none'}`);
  }
  for (const s of system) {
    if (gold.some((g) => matches(g, s))) score.real++;
    else score.errors.push(`extra      ${s.file} “${clip(s.text)}” (${s.speaker ?? 'none'})`);
  }
  return score;
}

function words(text: string): string {
  return normalise(text)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "federal reserve" and "united states federal reserve": one name holds the other's words in order. */
function sameOrganisation(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return ` ${long.replace(/[.,]/g, '')} `.includes(` ${short.replace(/[.,]/g, '')} `);
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
