/**
 * Scoring of the bench questions (`questions.jsonl`, rules in ../shared/bench/README.md) for factdesk's
 * answers and for a sentence-search baseline, and the table that sets the two side by side. Pure functions:
 * eval.ts does the asking.
 */
import type { Answer, Item } from '../../src/core/types.js';
import { percent } from './spans.js';

export type QuestionType = 'who' | 'when' | 'quote';

/** What a right answer holds; which fields apply depends on the question's type. */
export interface Expect {
  name?: string;
  name_any?: string[];
  role?: string[];
  iso?: string;
  iso_any?: string[];
  /** `MM` (or `--MM`): for an event whose year the articles may not give. */
  month?: string | number;
  year_if_any?: string | number;
  text?: string;
  speaker?: string;
  only_speaker?: string;
  min_answers?: number;
  /** The articles hold no answer: there must be none. */
  none?: true;
}

export interface Question {
  id: string;
  q: string;
  type: QuestionType;
  expect: Expect;
}

/** A sentence the baseline returned, with the iso values of the dates our date reader finds in it. */
export interface Hit {
  text: string;
  dates: string[];
}

/** The table rows a question counts in: a `none` question only in `no-answer`, whatever its type. */
export type Category = QuestionType | 'no-answer';
const CATEGORIES: Category[] = ['who', 'when', 'quote', 'no-answer'];

export interface Scored {
  question: Question;
  factdesk: boolean;
  baseline: boolean;
}

/**
 * The question as read from a line of a questions file; throws when it could not be scored, since an
 * `expect` without a criterion for its type would count every answer as right.
 */
export function checkQuestion(value: unknown, where: string): Question {
  const q = value as Partial<Question>;
  const e = q.expect;
  const usable =
    typeof q.id === 'string' &&
    typeof q.q === 'string' &&
    e !== undefined &&
    (e.none === true ||
      (q.type === 'who' && (e.name !== undefined || e.name_any !== undefined)) ||
      (q.type === 'when' && (e.iso !== undefined || e.iso_any !== undefined || e.month !== undefined)) ||
      (q.type === 'quote' &&
        (e.text !== undefined || e.speaker !== undefined || e.only_speaker !== undefined)));
  if (!usable) throw new Error(`${where}: not a question this eval can score: ${JSON.stringify(value)}`);
  return q as Question;
}

export function category(question: Question): Category {
  return question.expect.none ? 'no-answer' : question.type;
}

/** Case, accents, curly quotes and spacing set aside, as the bench README asks. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The words of an expected quotation without the comma or colon that closes it before "she said" (written
 * inside the marks, as American style has it): that mark is the sentence's, not the speaker's.
 */
function quotedWords(text: string): string {
  return text.replace(/[\s,;:]+$/, '');
}

/**
 * Whether `text` holds `words` (folded) as whole words: "Reid" is in "Harry Reid" but not in "Reidy",
 * "chairman" is in "Vice Chairman of Chrysler".
 */
export function containsWords(text: string, words: string): boolean {
  const haystack = fold(text);
  const needle = fold(words);
  if (!needle) return false;
  const edge = (at: number, inner: string) =>
    !WORD_CHAR.test(inner) || at < 0 || at >= haystack.length || !WORD_CHAR.test(haystack[at]!);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (edge(at - 1, needle[0]!) && edge(at + needle.length, needle[needle.length - 1]!)) return true;
  }
  return false;
}

/** Names equal once folded, periods and commas aside ("William Clay Ford Jr." is "William Clay Ford Jr"). */
export function sameName(a: string, b: string): boolean {
  const bare = (name: string) => fold(name).replace(/[.,]/g, '').replace(/\s+/g, ' ');
  return bare(a) === bare(b);
}

function names(expect: Expect): string[] {
  return expect.name_any ?? (expect.name !== undefined ? [expect.name] : []);
}

/** An iso value against `iso`/`iso_any`, or against `month` (and `year_if_any` when the value has a year). */
export function isoMatches(expect: Expect, iso: string): boolean {
  if (expect.iso !== undefined || expect.iso_any !== undefined) {
    return [...(expect.iso !== undefined ? [expect.iso] : []), ...(expect.iso_any ?? [])].includes(iso);
  }
  if (expect.month === undefined) return false;
  // `YYYY-MM…` or, year unknown, `--MM…`.
  const parts = /^(\d{4}|-)-(\d{2})/.exec(iso);
  if (!parts || Number(parts[2]) !== Number(String(expect.month).replace(/^--/, ''))) return false;
  return (
    parts[1] === '-' || expect.year_if_any === undefined || Number(parts[1]) === Number(expect.year_if_any)
  );
}

/**
 * factdesk's answers scored as the README says. Names must be equal once folded (see `sameName`): "Tim Cook" is not
 * "Timothy D. Cook", and a surname alone is not the full name, so a person named otherwise than the gold
 * counts as wrong even where a reader would see it is the same person.
 */
export function factdeskRight(question: Question, answers: Item[]): boolean {
  const { expect } = question;
  if (expect.none) return answers.length === 0;
  const top = answers[0];
  if (question.type === 'who') {
    const person = top?.person;
    return (
      person !== undefined &&
      names(expect).some((name) => sameName(name, person.name)) &&
      (expect.role ?? []).every((role) => person.roles.some((held) => containsWords(held, role)))
    );
  }
  if (question.type === 'when') return top?.date !== undefined && isoMatches(expect, top.date.iso);
  const saidBy = (item: Item, speaker: string) =>
    item.quote?.speaker != null && containsWords(item.quote.speaker, speaker);
  return quoteRight(
    expect,
    answers,
    (item) =>
      item.quote !== undefined &&
      (expect.text === undefined || containsWords(item.quote.text, quotedWords(expect.text))),
    saidBy,
    true,
  );
}

/**
 * The baseline's sentences scored as a person reading them would: the expected full name, role words,
 * quotation words and speaker must be written in the sentence; a date must be one our date reader finds there.
 */
export function baselineRight(question: Question, hits: Hit[]): boolean {
  const { expect } = question;
  if (expect.none) return hits.length === 0;
  const top = hits[0];
  if (!top) return false;
  if (question.type === 'who') {
    return (
      names(expect).some((name) => containsWords(top.text, name)) &&
      (expect.role ?? []).every((role) => containsWords(top.text, role))
    );
  }
  if (question.type === 'when') return top.dates.some((iso) => isoMatches(expect, iso));
  return quoteRight(
    expect,
    hits,
    (hit) => expect.text === undefined || containsWords(hit.text, quotedWords(expect.text)),
    (hit, speaker) => containsWords(hit.text, speaker),
    false,
  );
}

/**
 * The quote rule, for answers or sentences: one of the top 3 holds the text and speaker; with
 * `only_speaker`, at least `min_answers` results, said by that speaker. factdesk answers only with what
 * the speaker said, so `everyResult` checks all its answers; a search engine returns every sentence that
 * shares a word, so only its first `min_answers` are read.
 */
function quoteRight<T>(
  expect: Expect,
  results: T[],
  holdsText: (result: T) => boolean,
  saidBy: (result: T, speaker: string) => boolean,
  everyResult: boolean,
): boolean {
  const { speaker, only_speaker: only } = expect;
  const least = expect.min_answers ?? (only !== undefined ? 1 : 0);
  if (results.length < least) return false;
  const wantsOne = expect.text !== undefined || speaker !== undefined;
  const one = results.slice(0, 3).some((r) => holdsText(r) && (speaker === undefined || saidBy(r, speaker)));
  if (wantsOne && !one) return false;
  if (only === undefined) return true;
  return (everyResult ? results : results.slice(0, least)).every((r) => saidBy(r, only));
}

/** Right answers per row (each category, then overall), factdesk beside the baseline, as markdown. */
export function questionTable(scored: Scored[]): string {
  const rows: [string, Scored[]][] = [
    ...CATEGORIES.map((c): [string, Scored[]] => [c, scored.filter((s) => category(s.question) === c)]),
    ['overall', scored],
  ];
  const lines = [
    '| questions | factdesk | % | MiniSearch | % | difference (points) |',
    '|---|---|---|---|---|---|',
  ];
  for (const [name, group] of rows) {
    const n = group.length;
    const f = group.filter((s) => s.factdesk).length;
    const b = group.filter((s) => s.baseline).length;
    const points = n === 0 ? '–' : `${f > b ? '+' : ''}${((100 * (f - b)) / n).toFixed(1)}`;
    lines.push(`| ${name} | ${f}/${n} | ${percent(f, n)} | ${b}/${n} | ${percent(b, n)} | ${points} |`);
  }
  return lines.join('\n') + '\n';
}

/** A question factdesk got wrong, for `--errors`: what was asked and expected, then its top answer. */
export function describeError(question: Question, answer: Answer): string {
  const asked = `- ${question.id} ${JSON.stringify(question.q)} expected ${JSON.stringify(question.expect)}`;
  const top = answer.answers[0];
  if (!top) {
    const why =
      answer.error ?? (answer.suggestions?.length ? `suggested ${answer.suggestions.join(', ')}` : '');
    return `${asked}\n  got no answer${why ? ` (${why})` : ''}`;
  }
  const fields = [
    top.person && `person ${top.person.name} (${top.person.roles.join('; ')})`,
    top.date && `date ${top.date.iso} "${top.date.text}"`,
    top.quote && `quote by ${top.quote.speaker ?? 'no one named'}`,
  ].filter(Boolean);
  // Which answer broke an `only_speaker` rule is not seen in the top one.
  if (question.expect.only_speaker !== undefined) {
    fields.push(`speakers ${answer.answers.map((a) => a.quote?.speaker ?? 'none').join('; ')}`);
  }
  const text = top.text.length > 160 ? `${top.text.slice(0, 157)}…` : top.text;
  const held = fields.join(', ') || 'no person, date or quote';
  return `${asked}\n  got (1 of ${answer.answers.length}, ${top.source.id}) ${held}: ${text}`;
}
