import type { KnowledgeBase } from '../knowledgeBase.js';
import { COMMANDS } from '../commands.js';
import type { Intent } from '../types.js';
import { findMatches } from './findMatches.js';

const MAX_SUGGESTIONS = 5;

/**
 * What to try when a question has no answer: the same words under another command that has answers,
 * then names or words of the corpus close to what was typed. Each suggestion is a command to send.
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

  // A prefix of one or two letters ("e" of "they'e") would expand to a good share of the vocabulary.
  const close = { fuzzy: 0.34, prefix: (term: string) => term.length >= 3, combineWith: 'OR' } as const;
  if (intent === 'who') {
    for (const result of people.search(query, { ...close, limit: 20 })) {
      const name = kb.fact(result.id as string)?.person?.name;
      if (name) add(`/who ${name}`);
    }
  }
  const index =
    intent === 'when' ? events : intent === 'quote' ? quotes : intent === 'who' ? people : passages;
  const command = intent === 'when' || intent === 'quote' || intent === 'who' ? intent : 'search';
  for (const s of index.autoSuggest(query, close).slice(0, MAX_SUGGESTIONS))
    add(`/${command} ${s.suggestion}`);
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
