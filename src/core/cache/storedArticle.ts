import type { ExtractedArticle } from '../extract/extractFacts.js';
import type { Article, Fact, Passage, Source } from '../types.js';

/** An article without its body: what the knowledge base keeps in memory (the body lives on in the passages). */
export type ArticleInfo = Omit<Article, 'text'>;

/**
 * An extracted article as stored in the cache: what can be rebuilt from the article and its passages is
 * written as a placeholder, so a fact does not repeat its article's title, link and sentence. Rebuilt and
 * explicit values give the very objects `extractFacts` made, keys in the same order. Each passage and fact
 * can be decoded on its own, so that an answer reads only the ones it shows.
 */
export interface StoredArticle {
  info: ArticleInfo;
  /** Each fact's id without the `${articleId}#` it starts with (`3:event:0`), or `=` and the whole id. */
  ids: string[];
  /**
   * `[text, start, paragraph, rest?]` (`rest`: the passage's other fields, such as `headline`), or the
   * passage itself when its id or index is not the usual one.
   */
  passages: StoredPassage[];
  /** Each fact with `id: 0` (see `ids`), `passageId: <passage index>` and `source: 0` where it follows. */
  facts: StoredFact[];
}

export type StoredPassage =
  | Passage
  | [text: string, start: number, paragraph: number]
  | [text: string, start: number, paragraph: number, rest: Record<string, unknown>];
export type StoredFact = Record<string, unknown>;

/** The fields of a passage in the order `splitPassages` makes them, up to the optional ones. */
const PASSAGE_FIELDS = ['id', 'articleId', 'index', 'text', 'start', 'paragraph'];

export function infoOf(article: Article): ArticleInfo {
  const { text: _text, ...info } = article;
  return info;
}

export function passageId(articleId: string, index: number): string {
  return `${articleId}#${index}`;
}

export function factId(passage: string, kind: string, n: number): string {
  return `${passage}:${kind}:${n}`;
}

/** How `ids` holds a fact's id. */
export function relativeId(articleId: string, id: string): string {
  const prefix = `${articleId}#`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : `=${id}`;
}

function absoluteId(articleId: string, relative: string): string {
  return relative.startsWith('=') ? relative.slice(1) : `${articleId}#${relative}`;
}

export function sourceOf(info: ArticleInfo, sentence: string): Source {
  return {
    id: info.id,
    ...(info.title ? { title: info.title } : {}),
    ...(info.date ? { date: info.date } : {}),
    ...(info.url ? { url: info.url } : {}),
    sentence,
  };
}

export function encodeArticle(info: ArticleInfo, extracted: ExtractedArticle): StoredArticle {
  const passages = extracted.passages.map((p, i): StoredPassage => {
    const fields = Object.keys(p);
    const usual =
      p.id === passageId(info.id, i) &&
      p.articleId === info.id &&
      p.index === i &&
      PASSAGE_FIELDS.every((field, at) => fields[at] === field);
    if (!usual) return p;
    const rest = Object.fromEntries(Object.entries(p).slice(PASSAGE_FIELDS.length));
    return Object.keys(rest).length ? [p.text, p.start, p.paragraph, rest] : [p.text, p.start, p.paragraph];
  });
  const byId = new Map(extracted.passages.map((p, i) => [p.id, i]));
  const facts = extracted.facts.map((fact) => {
    const index = byId.get(fact.passageId);
    const passage = index === undefined ? undefined : extracted.passages[index];
    const stored: StoredFact = {};
    for (const [name, value] of Object.entries(fact)) {
      if (name === 'id') stored[name] = 0;
      else if (name === 'passageId' && index !== undefined) stored[name] = index;
      else if (name === 'source' && passage && sameJson(value, sourceOf(info, passage.text)))
        stored[name] = 0;
      else stored[name] = value;
    }
    return stored;
  });
  return { info, ids: extracted.facts.map((fact) => relativeId(info.id, fact.id)), passages, facts };
}

export function decodePassage(info: ArticleInfo, stored: StoredPassage, index: number): Passage {
  if (!Array.isArray(stored)) return stored;
  const [text, start, paragraph, rest] = stored;
  return { id: passageId(info.id, index), articleId: info.id, index, text, start, paragraph, ...rest };
}

/** The passage a stored fact rests on: its index, or (for an unusual id) the id itself. */
export function passageOfFact(stored: StoredFact): number | string {
  return stored.passageId as number | string;
}

/** A fact, given its article, its id and the passage it rests on. */
export function decodeFact(info: ArticleInfo, stored: StoredFact, id: string, passage: Passage): Fact {
  const fact: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(stored)) {
    if (name === 'id') fact[name] = id;
    else if (name === 'passageId') fact[name] = passage.id;
    else if (name === 'source' && value === 0) fact[name] = sourceOf(info, passage.text);
    else fact[name] = value;
  }
  return fact as unknown as Fact;
}

/** The position of the fact `id` in a stored article's facts, or -1. */
export function factPosition(stored: Pick<StoredArticle, 'info' | 'ids'>, id: string): number {
  return stored.ids.indexOf(relativeId(stored.info.id, id));
}

export function decodeArticle(stored: StoredArticle): ExtractedArticle {
  const { info } = stored;
  const passages = stored.passages.map((p, index) => decodePassage(info, p, index));
  const byId = new Map(passages.map((p) => [p.id, p]));
  const facts = stored.facts.map((fact, position) => {
    const at = passageOfFact(fact);
    const passage = typeof at === 'number' ? passages[at] : byId.get(at);
    if (!passage) throw new Error(`fact of a passage the article does not have (${String(at)})`);
    return decodeFact(info, fact, absoluteId(info.id, stored.ids[position]!), passage);
  });
  return { passages, facts };
}

/** Facts kept with the article in memory (people): each `source` that follows from the article is its sentence. */
export function encodeFacts(info: ArticleInfo, facts: Fact[]): StoredFact[] {
  return facts.map((fact) => {
    const stored: StoredFact = {};
    for (const [name, value] of Object.entries(fact)) {
      stored[name] =
        name === 'source' && sameJson(value, sourceOf(info, fact.source.sentence))
          ? fact.source.sentence
          : value;
    }
    return stored;
  });
}

export function decodeFacts(info: ArticleInfo, stored: StoredFact[]): Fact[] {
  return stored.map((fact) => {
    const decoded: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(fact)) {
      decoded[name] = name === 'source' && typeof value === 'string' ? sourceOf(info, value) : value;
    }
    return decoded as unknown as Fact;
  });
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
