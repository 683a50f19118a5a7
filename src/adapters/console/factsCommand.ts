import type { Writable } from 'node:stream';
import type { KnowledgeBase } from '../../core/mod.js';

/** `factdesk facts`: every extracted fact, as JSON lines or as one text line each, then the totals. */
export function printFacts(kb: KnowledgeBase, jsonl: boolean, output: Writable): void {
  for (const fact of kb.allFacts()) {
    if (jsonl) {
      const { id: _id, passageId: _passage, ...item } = fact;
      output.write(`${JSON.stringify(item)}\n`);
    } else output.write(`${fact.kind.padEnd(6)} ${fact.text}  [${fact.source.id}]\n`);
  }
  if (!jsonl) {
    const { articles, people, events, quotes } = kb.stats;
    output.write(`${articles} articles: ${people} people, ${events} events, ${quotes} quotations\n`);
  }
}
