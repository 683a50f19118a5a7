import type { FactCatalog } from '../core/digest/factCatalog.js';
import { buildCatalog } from '../core/digest/factCatalog.js';
import { composeDigest } from '../core/digest/composeDigest.js';
import { pickFacts } from '../core/digest/pickFacts.js';
import type { Digest } from '../core/digest/types.js';
import type { KnowledgeBase } from '../core/knowledgeBase.js';
import { factsAbout } from '../core/query/factsAbout.js';
import type { DigestStore, Subscription } from './digestStore.js';

/** New articles a digest looks at, so that a bulk import does not make every digest scan thousands. */
const MAX_NEW_ARTICLES = 50;

/** The catalog of a topic (or of every fact), built once per tick however many chats share the topic. */
export type CatalogsByTopic = (topic: string | null) => FactCatalog;

export interface ComposedDigest {
  digest: Digest;
  factIds: string[];
  /** The cycle the facts count in: the chat's, or the next one when the pick started a new cycle. */
  cycle: number;
  cycleRestarted: boolean;
}

/**
 * Composes a chat's digest from the knowledge base and what the store knows of the chat: the facts it has
 * seen this cycle, and the articles first seen since its last digest.
 */
export class DigestComposer {
  private known: Set<string> | undefined;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly store: DigestStore,
  ) {}

  /**
   * Notes the knowledge base's articles the store has not seen yet as first seen `now`. Called before
   * picking, it needs no notice of added articles. Article ids only: no facts are read for this.
   */
  syncArticles(now: number): void {
    this.known ??= this.store.knownArticles();
    const added = new Set<string>();
    for (const id of this.kb.articleIds()) if (!this.known.has(id)) added.add(id);
    if (added.size === 0) return;
    this.store.recordArticles(added, now);
    for (const id of added) this.known.add(id);
  }

  catalogs(): CatalogsByTopic {
    const built = new Map<string, FactCatalog>();
    return (topic) => {
      const key = topic?.toLowerCase() ?? '';
      let catalog = built.get(key);
      if (!catalog)
        built.set(key, (catalog = buildCatalog(topic ? factsAbout(this.kb, topic) : this.kb.allFacts())));
      return catalog;
    };
  }

  compose(
    chat: Subscription,
    localDate: string,
    catalogs: CatalogsByTopic,
    preview: boolean,
  ): ComposedDigest {
    const pick = pickFacts({
      catalog: catalogs(chat.topic),
      seen: this.store.seenFacts(chat, chat.cycle),
      localDate,
      // Before its first digest, a chat's news is what came after it subscribed.
      newArticles: this.store.articlesSince(this.store.lastSentAt(chat) ?? chat.since, MAX_NEW_ARTICLES),
    });
    return {
      digest: composeDigest({ pick, localDate, topic: chat.topic, preview }),
      factIds: pick.facts.map((p) => p.fact.id),
      cycle: pick.cycleRestarted ? chat.cycle + 1 : chat.cycle,
      cycleRestarted: pick.cycleRestarted,
    };
  }
}
