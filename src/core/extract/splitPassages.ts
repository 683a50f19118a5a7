import { COMPANY_ABBREVIATIONS } from './lexicon.js';
import { passageId } from '../ids.js';
import type { Article, Passage } from '../types.js';

/** Words that end with a period without ending a sentence when a capitalised word follows. */
const TITLE_ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres supt insp det fr messrs mme mlle no nos vol fig approx est ft mt'.split(
    ' ',
  ),
);
const MONTH_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** Words that usually open a sentence, so an abbreviation such as "U.S." before them still ends one. */
const SENTENCE_OPENERS = new Set(
  'the a an he she it they we i you this that these those there in on at but and so yet however meanwhile its his her their our mr ms mrs dr'.split(
    ' ',
  ),
);

const OPEN_QUOTES = '“‘«„';
/**
 * A quotation longer than this ends its passage at its next sentence end: no one is quoted at such length,
 * so its closing mark is missing, and waiting for it would make the rest of the article one passage (and
 * extraction, which looks at a passage's words around each quotation and date, slow as its square).
 */
const LONGEST_QUOTATION = 2000;
/** A passage with no sentence end in this many characters is cut at the next space. */
const LONGEST_PASSAGE = 10_000;
const TERMINALS = '.!?…';
const CLOSERS = '”’»")';

/**
 * Splits an article into passages: its headline when it reads as a sentence, then the body's sentences,
 * except that a quotation stays whole however many sentences or lines it runs over, together with its
 * attribution ("…,” he added.).
 */
export function splitPassages(article: Pick<Article, 'id' | 'text' | 'title'>): Passage[] {
  const passages: Passage[] = [];
  const title = article.title ? normaliseSpace(article.title) : '';
  const headline = readsAsSentence(title);
  if (headline) {
    passages.push({ id: '', articleId: article.id, index: 0, text: title, start: 0, paragraph: 0, headline });
  }
  const paragraphs = splitParagraphs(article.text);
  paragraphs.forEach(({ text, start }, bodyParagraph) => {
    const paragraph = bodyParagraph + (headline ? 1 : 0);
    for (const span of splitSentences(text)) {
      const index = passages.length;
      passages.push({
        id: passageId(article.id, index),
        articleId: article.id,
        index,
        text: normaliseSpace(text.slice(span.start, span.end)),
        start: start + span.start,
        paragraph,
      });
    }
  });
  return passages
    .filter((p) => p.text.length > 0)
    .map((p, index) => ({ ...p, index, id: passageId(article.id, index) }));
}

/**
 * A headline is read like a sentence ("Mary Barra appointed as General Motors chief"), but not one in Title
 * Case ("Kazakhstan Commits To Gender Equality"), whose capitals say nothing about names.
 */
function readsAsSentence(title: string): true | undefined {
  const words = title.split(' ').slice(1);
  return words.some((word) => /^\p{Ll}[\p{L}'’-]{3,}$/u.test(word)) ? true : undefined;
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Paragraphs are separated by blank lines, unless a quotation opened before the blank line is still open. */
function splitParagraphs(text: string): { text: string; start: number }[] {
  const result: { text: string; start: number }[] = [];
  const re = /\n[ \t]*\n\s*/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text))) {
    result.push({ text: text.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  result.push({ text: text.slice(start), start });
  return result.filter((p) => p.text.trim());
}

interface Span {
  start: number;
  end: number;
}

/** Sentence spans of one paragraph. A line break ends a sentence only where the line ends like one. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let curly = 0; // depth of open “ quotations
  let single = 0; // depth of open ‘ quotations (British papers quote with them)
  let straight = false; // inside a "…" quotation
  const push = (end: number) => {
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“') curly++;
    else if (ch === '”') curly = Math.max(0, curly - 1);
    else if (ch === '‘' && isOpeningSingleQuote(text, i)) single++;
    // ’ closes one only before a space or punctuation: "don’t" is an apostrophe.
    else if (ch === '’' && single > 0 && !/[\p{L}\d]/u.test(text[i + 1] ?? ' ')) single--;
    // A straight quotation mark closes the one open, even with a space before it ("… immensely. \"").
    else if (ch === '"') straight = !straight && isOpeningStraightQuote(text, i);
    if (i - start > LONGEST_PASSAGE && /\s/.test(ch)) {
      push(i);
      continue;
    }
    if (ch === '\n') {
      // A quotation over several paragraphs opens each with a mark and closes only the last: each
      // paragraph is a passage of its own.
      if ((curly > 0 || single > 0) && /^[ \t]*[“‘]/.test(text.slice(i + 1, i + 8))) {
        curly = 0;
        single = 0;
        push(i + 1);
        continue;
      }
      // A line that starts in lower case goes on with the sentence before it (“…” \n said X.).
      const continues = /^[ \t]*\p{Ll}/u.test(text.slice(i + 1, i + 8));
      if (curly === 0 && single === 0 && !straight && !continues && endsLikeSentence(text.slice(start, i)))
        push(i + 1);
      continue;
    }
    if (!TERMINALS.includes(ch)) continue;
    // Take the whole run of terminal punctuation and closing quotes or brackets after it.
    let j = i + 1;
    while (j < text.length && TERMINALS.includes(text[j]!)) j++;
    let depth = curly;
    let singleDepth = single;
    let open: boolean = straight;
    while (j < text.length && CLOSERS.includes(text[j]!)) {
      if (text[j] === '”') depth = Math.max(0, depth - 1);
      if (text[j] === '’') singleDepth = Math.max(0, singleDepth - 1);
      if (text[j] === '"') open = false;
      j++;
    }
    const quoted: boolean = depth > 0 || singleDepth > 0 || open;
    if (quoted && j - start <= LONGEST_QUOTATION) continue; // a sentence inside a quotation: the quotation stays whole
    curly = quoted ? 0 : depth;
    single = quoted ? 0 : singleDepth;
    straight = quoted ? false : open;
    const at = i;
    i = j - 1;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    const next = nextWord(text, j);
    if (!startsSentence(next)) continue;
    if (ch === '.' && j === at + 1 && isAbbreviation(text, at, next)) continue;
    push(j);
  }
  push(text.length);
  return spans;
}

function isOpeningSingleQuote(text: string, i: number): boolean {
  return (i === 0 || /[\s([—–:-]/.test(text[i - 1]!)) && !/^\d\ds?\b/.test(text.slice(i + 1, i + 5));
}

function isOpeningStraightQuote(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  return /[\s([—–-]/.test(before);
}

function endsLikeSentence(line: string): boolean {
  return /[.!?…:;”"’)\]]\s*$/.test(line) || !line.trim();
}

function nextWord(text: string, from: number): string {
  const match = /^\s*(\S+)/.exec(text.slice(from, from + 64));
  return match ? match[1]! : '';
}

function startsSentence(word: string): boolean {
  if (!word) return true;
  const first = word.replace(/^[(["'‘“«]+/, '')[0] ?? '';
  if (OPEN_QUOTES.includes(word[0]!) || word[0] === '"') return true;
  return /\p{Lu}|\d/u.test(first);
}

function isAbbreviation(text: string, dot: number, next: string): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 24), dot))?.[1] ?? '';
  const word = before.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  if (MONTH_ABBREVIATIONS.has(word)) return /^\d/.test(next);
  // An initial ("John F. Kennedy"), a dotted abbreviation ("U.S.") or a company's "Inc." before a name goes on.
  if (/^\p{Lu}$/u.test(before) || /^(\p{L}\.)+\p{L}$/u.test(before) || COMPANY_ABBREVIATIONS.has(word)) {
    const bare = next
      .replace(/^[(["'‘“«]+/, '')
      .replace(/[^\p{L}]+$/u, '')
      .toLowerCase();
    return !SENTENCE_OPENERS.has(bare);
  }
  return false;
}
