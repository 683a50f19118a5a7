import type { CommandInfo } from '../../core/commands.js';
import type { KnowledgeStats } from '../../core/knowledgeBase.js';
import type { Answer, Item } from '../../core/types.js';
import { formatDate } from '../../core/text/formatDate.js';

export const PAGE_SIZE = 5;

/** One page of an answer as plain text: each item, its source and the sentence it rests on. */
export function renderText(answer: Answer, offset = 0, pageSize = PAGE_SIZE): string {
  const lines: string[] = [];
  if (answer.error) lines.push(answer.error);
  else if (answer.answers.length === 0 && answer.intent !== 'help') {
    lines.push(`Nothing in the corpus answers “${answer.query || answer.input.trim()}”.`);
  }
  const page = answer.answers.slice(offset, offset + pageSize);
  page.forEach((item, i) => {
    if (i > 0 || lines.length > 0) lines.push('');
    lines.push(...renderItem(item, offset + i + 1));
  });
  if (answer.suggestions?.length) {
    lines.push('', `${answer.error ? 'Did you mean' : 'Try'}: ${answer.suggestions.join('  ·  ')}`);
  }
  const shown = offset + page.length;
  if (shown < answer.answers.length) {
    lines.push(
      '',
      `${shown} of ${answer.answers.length}. Type /more for the next ${Math.min(pageSize, answer.answers.length - shown)}.`,
    );
  }
  return lines.join('\n');
}

/** An item as numbered lines: what it says (after its label, if any), its source, the sentence quoted. */
export function renderItem(item: Item, n: number, label?: string): string[] {
  const { source } = item;
  const where = [
    source.title ? `“${source.title}”` : source.id,
    source.date ? formatDate(source.date) : undefined,
    source.url,
  ]
    .filter(Boolean)
    .join(', ');
  return [`${n}. ${label ? `${label}: ` : ''}${item.text}`, `   Source: ${where}`, `   > ${source.sentence}`];
}

export function renderHelp(
  stats: KnowledgeStats,
  commands: readonly CommandInfo[],
  questions: readonly string[],
): string {
  return [
    `I know ${stats.articles} article${stats.articles === 1 ? '' : 's'}: ${stats.people} people, ${stats.events} dated events and ${stats.quotes} statements, quoted or reported.`,
    '',
    'Commands:',
    ...commands.map((c) => `  ${`/${c.command}`.padEnd(8)} ${c.description} — e.g. ${c.example}`),
    `  ${'/more'.padEnd(8)} the next answers of a long reply`,
    `  ${'/quit'.padEnd(8)} leave`,
    '',
    'Or ask in words:',
    ...questions.map((q) => `  ${q}`),
  ].join('\n');
}
