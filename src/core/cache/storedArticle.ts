import type { ExtractedArticle } from '../extract/extractFacts.js';
import type { Article, Fact, Passage, Source } from '../types.js';

/** An article without its body: what the knowledge base keeps in memory (the body lives on in the passages). */
export type ArticleInfo = Omit<Article, 'text'>;

/**
 * An extracted article as stored in the cache: what can be rebuilt from the article and its passages is
 * written as a placeholder, so a fact does not repeat its article's title, link and sentence. Rebuilt and
 * explicit values give the very objects `extractFacts` made, keys in the same order.
 */
export interface StoredArticle {
  info: ArticleInfo;
  /**
   * `[text, start, paragraph, rest?]` (`rest`: the passage's other fields, such as `headline`), or the
   * passage itself when its id or index is not the usual one.
   */
  passages: (StoredPassage | Passage)[];
  /** Each fact with `id: 0`, `source: 0` and `passageId: <passage index>` where those are the usual ones. */
  facts: Record<string, unknown>[];
}

type StoredPassage =
  | [text: string, start: number, paragraph: number]
  | [text: string, start: number, paragraph: number, rest: Record<string, unknown>];

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
  const passages = extracted.passages.map((p, i): StoredPassage | Passage => {
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
  const counters = new Map<string, number>();
  const facts = extracted.facts.map((fact) => {
    const index = byId.get(fact.passageId);
    const passage = index === undefined ? undefined : extracted.passages[index];
    const key = `${fact.passageId}:${fact.kind}`;
    const n = counters.get(key) ?? 0;
    counters.set(key, n + 1);
    const stored: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(fact)) {
      if (name === 'passageId' && index !== undefined) stored[name] = index;
      else if (name === 'id' && value === factId(fact.passageId, fact.kind, n)) stored[name] = 0;
      else if (name === 'source' && passage && sameJson(value, sourceOf(info, passage.text)))
        stored[name] = 0;
      else stored[name] = value;
    }
    return stored;
  });
  return { info, passages, facts };
}

export function decodeArticle(stored: StoredArticle): ExtractedArticle {
  const { info } = stored;
  const passages = stored.passages.map((p, index): Passage =>
    Array.isArray(p)
      ? {
          id: passageId(info.id, index),
          articleId: info.id,
          index,
          text: p[0],
          start: p[1],
          paragraph: p[2],
          ...p[3],
        }
      : p,
  );
  const byId = new Map(passages.map((p) => [p.id, p]));
  const counters = new Map<string, number>();
  const facts = stored.facts.map((stored) => {
    const kind = stored.kind as string;
    const passage =
      typeof stored.passageId === 'number'
        ? passages[stored.passageId]
        : byId.get(stored.passageId as string);
    if (!passage)
      throw new Error(`fact of a passage the article does not have (${String(stored.passageId)})`);
    const key = `${passage.id}:${kind}`;
    const n = counters.get(key) ?? 0;
    counters.set(key, n + 1);
    const fact: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(stored)) {
      if (name === 'passageId') fact[name] = passage.id;
      else if (name === 'id' && value === 0) fact[name] = factId(passage.id, kind, n);
      else if (name === 'source' && value === 0) fact[name] = sourceOf(info, passage.text);
      else fact[name] = value;
    }
    return fact as unknown as Fact;
  });
  return { passages, facts };
}

/** Facts kept with the article in memory (people): each `source` that follows from the article is its sentence. */
export function encodeFacts(info: ArticleInfo, facts: Fact[]): Record<string, unknown>[] {
  return facts.map((fact) => {
    const stored: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(fact)) {
      stored[name] =
        name === 'source' && sameJson(value, sourceOf(info, fact.source.sentence))
          ? fact.source.sentence
          : value;
    }
    return stored;
  });
}

export function decodeFacts(info: ArticleInfo, stored: Record<string, unknown>[]): Fact[] {
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
