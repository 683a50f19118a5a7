import type { KnowledgeBase } from '../knowledgeBase.js';
import { COMMANDS, queryCommand } from '../commands.js';
import type { QueryIntent } from '../types.js';
import { correctSpelling } from '../query/correctSpelling.js';
import { findsAnything } from '../query/findMatches.js';
import { surfaceWord } from '../index/searchTerms.js';
import { editDistance } from '../text/editDistance.js';

const MAX_SUGGESTIONS = 5;

/**
 * What to try when a question has no answer: the same words under another command that has answers,
 * then the question spelt with the corpus's own words (for `/who`, the names they correct to). Each
 * suggestion is a command to send.
 */
export function suggest(kb: KnowledgeBase, intent: QueryIntent, query: string): string[] {
  const suggestions: string[] = [];
  const add = (s: string) => {
    const same = suggestions.some((other) => other.toLowerCase() === s.toLowerCase());
    if (!same && suggestions.length < MAX_SUGGESTIONS) suggestions.push(s);
  };
  if (!query.trim()) return suggestions;
  for (const other of COMMANDS) {
    if (other.query && other.command !== intent && findsAnything(kb.indexes[other.query.index], query))
      add(`/${other.command} ${query.trim()}`);
  }
  const index = kb.indexes[queryCommand(intent).index];
  for (const { terms, best } of correctSpelling(index, query, MAX_SUGGESTIONS)) {
    // A corrected name suggests the person it names, as written in the article.
    const byName = intent === 'who' && best.found.every((fields) => fields.includes('name'));
    const fact = index === kb.indexes.passages ? undefined : kb.fact(best.id);
    const name = byName ? fact?.person?.name : undefined;
    // The index holds stems ("violenc"); the suggestion is written in the words of the text it found,
    // its context included (the title, the sentence before).
    const sentenceId = fact?.passageId ?? best.id;
    const text = [
      fact?.person?.name,
      fact?.quote?.text,
      fact?.source.sentence ?? kb.passage(best.id)?.text,
      kb.articleOf(sentenceId)?.title,
      kb.passageBefore(sentenceId)?.text,
    ]
      .filter(Boolean)
      .join(' ');
    // A word found only in the article's context is written as the article writes it elsewhere.
    const articleId = kb.articleOf(sentenceId)?.id;
    const written = (term: string) =>
      surfaceWord(text, term) ?? (articleId ? wordInArticle(kb, articleId, term) : undefined) ?? term;
    add(`/${intent} ${name ?? terms.map(written).join(' ')}`);
  }
  return suggestions;
}

/** How an article writes the word a term stands for, in the first of its sentences that holds it. */
function wordInArticle(kb: KnowledgeBase, articleId: string, term: string): string | undefined {
  for (const passage of kb.articlePassages(articleId)) {
    const word = surfaceWord(passage.text, term);
    if (word) return word;
  }
  return undefined;
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
