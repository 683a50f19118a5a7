import type { ExtractedArticle } from '../extract/extractFacts.js';
import { idInArticle, localId, parsePassageId, passageId, sourceOf } from '../ids.js';
import type { ArticleInfo, StoredArticle, StoredFact, StoredPassage } from '../model.js';
import type { Article, Fact, Passage } from '../types.js';

export function infoOf(article: Article): ArticleInfo {
  const { text: _text, ...info } = article;
  return info;
}

export function encodeArticle(info: ArticleInfo, extracted: ExtractedArticle): StoredArticle {
  const passages = extracted.passages.map((p): StoredPassage => {
    const { id: _id, articleId: _articleId, index: _index, text, start, paragraph, ...rest } = p;
    return Object.keys(rest).length ? [text, start, paragraph, rest] : [text, start, paragraph];
  });
  const facts = extracted.facts.map((fact) => {
    const passage = parsePassageId(fact.passageId)!.index;
    const stored: StoredFact = {};
    for (const [name, value] of Object.entries(fact)) {
      if (name === 'id') stored[name] = 0;
      else if (name === 'passageId') stored[name] = passage;
      else if (name === 'source' && sameJson(value, sourceOf(info, extracted.passages[passage]!.text)))
        stored[name] = 0;
      else stored[name] = value;
    }
    return stored;
  });
  return { info, ids: extracted.facts.map((fact) => localId(info.id, fact.id)), passages, facts };
}

export function decodePassage(info: ArticleInfo, stored: StoredPassage, index: number): Passage {
  const [text, start, paragraph, rest] = stored;
  return { id: passageId(info.id, index), articleId: info.id, index, text, start, paragraph, ...rest };
}

/** The index of the passage a stored fact rests on. */
export function passageOfFact(stored: StoredFact): number {
  return stored.passageId as number;
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
  return stored.ids.indexOf(localId(stored.info.id, id));
}

export function decodeArticle(stored: StoredArticle): ExtractedArticle {
  const { info } = stored;
  const passages = stored.passages.map((p, index) => decodePassage(info, p, index));
  const facts = stored.facts.map((fact, position) => {
    const passage = passages[passageOfFact(fact)];
    if (!passage) throw new Error(`fact of a passage the article does not have (${String(fact.passageId)})`);
    return decodeFact(info, fact, idInArticle(info.id, stored.ids[position]!), passage);
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
