import type { ExtractedArticle } from './extract/extractFacts.js';
import { extractFacts } from './extract/extractFacts.js';
import type { FactIndexes } from './index/factIndexes.js';
import { createIndexes, discardFacts, indexFacts } from './index/factIndexes.js';
import type { Article, Fact, FactKind, Passage } from './types.js';

export interface KnowledgeStats {
  articles: number;
  passages: number;
  people: number;
  events: number;
  quotes: number;
}

/**
 * Everything the query functions read: the articles, their passages and facts, and the indexes over them.
 * Articles can be added and removed one at a time, so that a changed corpus file needs no rebuild.
 */
export class KnowledgeBase {
  readonly indexes: FactIndexes = createIndexes();
  private readonly articles = new Map<string, { article: Article; extracted: ExtractedArticle }>();
  private readonly facts = new Map<string, Fact>();
  private readonly passages = new Map<string, Passage>();
  private readonly counts: Record<FactKind, number> = { person: 0, event: 0, quote: 0 };

  static build(articles: Iterable<Article>): KnowledgeBase {
    const kb = new KnowledgeBase();
    for (const article of articles) kb.add(article);
    return kb;
  }

  /** Adds an article, or replaces the one with the same id; `extracted` skips extraction (from a cache). */
  add(article: Article, extracted: ExtractedArticle = extractFacts(article)): void {
    this.remove(article.id);
    this.articles.set(article.id, { article, extracted });
    for (const fact of extracted.facts) {
      this.facts.set(fact.id, fact);
      this.counts[fact.kind]++;
    }
    for (const passage of extracted.passages) this.passages.set(passage.id, passage);
    indexFacts(this.indexes, extracted.facts, extracted.passages, article.title);
  }

  remove(id: string): boolean {
    const entry = this.articles.get(id);
    if (!entry) return false;
    discardFacts(this.indexes, entry.extracted.facts, entry.extracted.passages);
    for (const fact of entry.extracted.facts) {
      this.facts.delete(fact.id);
      this.counts[fact.kind]--;
    }
    for (const passage of entry.extracted.passages) this.passages.delete(passage.id);
    this.articles.delete(id);
    return true;
  }

  fact(id: string): Fact | undefined {
    return this.facts.get(id);
  }

  passage(id: string): Passage | undefined {
    return this.passages.get(id);
  }

  article(id: string): Article | undefined {
    return this.articles.get(id)?.article;
  }

  /** Every fact, article by article in the order they were added, each article's facts in text order. */
  *allFacts(): Iterable<Fact> {
    for (const { extracted } of this.articles.values()) yield* extracted.facts;
  }

  get stats(): KnowledgeStats {
    return {
      articles: this.articles.size,
      passages: this.passages.size,
      people: this.counts.person,
      events: this.counts.event,
      quotes: this.counts.quote,
    };
  }
}
