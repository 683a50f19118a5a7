import type { KnowledgeBase } from '../knowledgeBase.js';
import { COMMANDS } from '../commands.js';
import type { Intent } from '../types.js';
import { correctSpelling } from './correctSpelling.js';
import { findMatches } from './findMatches.js';

const MAX_SUGGESTIONS = 5;

/**
 * What to try when a question has no answer: the same words under another command that has answers,
 * then the question spelt with the corpus's own words (for `/who`, the names they correct to). Each
 * suggestion is a command to send.
 */
export function suggest(kb: KnowledgeBase, intent: Intent, query: string): string[] {
  const suggestions: string[] = [];
  const add = (s: string) => {
    if (!suggestions.includes(s) && suggestions.length < MAX_SUGGESTIONS) suggestions.push(s);
  };
  if (!query.trim()) return suggestions;
  const { people, events, quotes, passages } = kb.indexes;
  const others: [Intent, boolean][] = [
    ['who', findMatches(people, query, { limit: 1 }).length > 0],
    ['when', findMatches(events, query, { limit: 1 }).length > 0],
    ['quote', findMatches(quotes, query, { limit: 1 }).length > 0],
    ['search', findMatches(passages, query, { limit: 1 }).length > 0],
  ];
  for (const [other, has] of others) if (other !== intent && has) add(`/${other} ${query.trim()}`);

  const index =
    intent === 'when' ? events : intent === 'quote' ? quotes : intent === 'who' ? people : passages;
  const command = intent === 'when' || intent === 'quote' || intent === 'who' ? intent : 'search';
  for (const { phrase, best } of correctSpelling(index, query, MAX_SUGGESTIONS)) {
    // A corrected name suggests the person it names, as written in the article.
    const byName = intent === 'who' && Object.values(best.match).every((fields) => fields.includes('name'));
    const name = byName ? kb.fact(best.id)?.person?.name : undefined;
    add(`/${command} ${name ?? phrase}`);
  }
  return suggestions;
}

/** The known commands closest to an unknown one ("/hwo Vassilenko" → "/who Vassilenko"), else all of them. */
export function closestCommands(word: string, query = ''): string[] {
  const scored = COMMANDS.map((c) => ({
    command: c.command,
    distance: editDistance(word.toLowerCase(), c.command),
  }));
  const close = scored.filter((s) => s.distance <= Math.max(1, Math.floor(word.length / 3)));
  if (close.length === 0) return scored.map((s) => `/${s.command}`);
  return close.sort((a, b) => a.distance - b.distance).map((s) => `/${s.command}${query ? ` ${query}` : ''}`);
}

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
