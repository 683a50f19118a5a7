import { sourceOf } from '../cache/storedArticle.js';
import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Fact, Item, Passage } from '../types.js';
import { formatDate } from '../text/formatDate.js';
import { ROLE_HEADS } from '../extract/lexicon.js';
import { roleSetKey } from '../personKey.js';
import { holdsRoleAsked, wordsAsked } from './roleAsked.js';
import { findMatches } from './findMatches.js';
import { SEARCH_WEIGHTS } from './searchWeights.js';

/** Words between a person's name and the role word a passage names them by, at most ("Bantom, the union's vice president"). */
const NEAR = 6;
/** Passages read for an answer when no fact answers a question: the best few. */
const PASSAGES_READ = 3;
/** Words that open a sentence about what the one before said ("As a result, Kazakhstan joined …"). */
const FOLLOWS_ON =
  /^(?:as a result|then|later|after that|afterwards|subsequently|this|that|it|there|the move|the decision)\b/i;

/** A passage that matches a question, with how much of it the passage holds. */
export interface PassageMatch {
  passage: Passage;
  coverage: number;
}

/** The passages that best match a question, each with its coverage. */
export function matchingPassages(kb: KnowledgeBase, query: string, minCoverage: number): PassageMatch[] {
  const found: PassageMatch[] = [];
  for (const match of findMatches(kb.indexes.passages, query, {
    ...SEARCH_WEIGHTS.passages,
    minCoverage,
    limit: PASSAGES_READ * 2,
  })) {
    const passage = kb.passage(match.id);
    if (passage && !passage.headline) found.push({ passage, coverage: match.coverage });
    if (found.length >= PASSAGES_READ) break;
  }
  return found;
}

/**
 * Dates for passages that match a question but state no date of their own: "Boeing unveiled its 787" is
 * dated by the sentence after it ("Sunday was chosen …"), "As a result, Kazakhstan joined …" by the one
 * before. Each answer cites both sentences and is marked as read from a passage.
 */
export function datesNearby(kb: KnowledgeBase, passages: readonly PassageMatch[]): Item[] {
  const items: Item[] = [];
  for (const { passage } of passages) {
    const facts = kb.articleFacts(passage.articleId);
    if (facts.some((fact) => fact.kind === 'event' && fact.passageId === passage.id)) continue;
    const before = kb.passageBefore(passage.id);
    const after = kb.passage(`${passage.articleId}#${passage.index + 1}`);
    const order = FOLLOWS_ON.test(passage.text) ? [before, after] : [after, before];
    for (const neighbour of order) {
      if (!neighbour || neighbour.headline) continue;
      const event = facts.find((fact) => fact.kind === 'event' && fact.passageId === neighbour.id);
      if (!event?.date) continue;
      const [first, second] = neighbour === before ? [neighbour, passage] : [passage, neighbour];
      const which = neighbour === before ? 'before' : 'after';
      const text = `${formatDate(event.date.iso)}: ${passage.text} (dated by the sentence ${which})`;
      items.push({ ...nearbyItem(kb, event, text, `${first.text} ${second.text}`), event: passage.text });
      break;
    }
  }
  return items;
}

/**
 * People a matching passage names next to the role asked for, when no extracted role answers it: a person
 * of the same article whose name the passage holds. Only for a question that names a role ("chairman of
 * Boeing"): a passage that holds a name asked for says nothing of who else it names.
 */
export function peopleNearby(kb: KnowledgeBase, query: string, passages: readonly PassageMatch[]): Item[] {
  const items: Item[] = [];
  const asked = wordsAsked(query);
  const heads = [...asked].filter((word) => ROLE_HEADS.has(word));
  if (heads.length === 0) return items;
  for (const { passage } of passages) {
    const words = passage.text.split(/[^\p{L}\p{N}'’-]+/u);
    const near = (surname: string) =>
      words.some(
        (word, i) =>
          word === surname &&
          words.slice(Math.max(0, i - NEAR), i + NEAR + 1).some((w) => heads.includes(w.toLowerCase())),
      );
    for (const fact of kb.articleFacts(passage.articleId)) {
      if (fact.kind !== 'person' || !fact.person) continue;
      const { name, roles } = fact.person;
      if (roles.length > 0 && !holdsRoleAsked(roleSetKey(roles), asked)) continue;
      if (near(name.split(' ').at(-1)!))
        items.push(
          nearbyItem(kb, fact, `${fact.text} (named next to the role in the sentence quoted)`, passage.text),
        );
    }
  }
  return items;
}

function nearbyItem(kb: KnowledgeBase, fact: Fact, text: string, sentence: string): Item {
  const article = kb.article(fact.source.id);
  const item: Item = {
    text,
    source: article ? sourceOf(article, sentence) : { ...fact.source, sentence },
    fromPassage: true,
  };
  if (fact.person) item.person = fact.person;
  if (fact.date) item.date = fact.date;
  return item;
}
