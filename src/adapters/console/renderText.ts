import type { Answer, HelpExamples, Item, KnowledgeStats } from '../../core/mod.js';
import { COMMANDS, exampleOf, formatDate, knownCounts, questionsOf, shownParts } from '../../core/mod.js';

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
    lines.push(...renderItem(item, offset + i + 1, undefined, answer.answers.slice(0, offset + i)));
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

/**
 * An item as numbered lines: what it says (after its label, if any), its source, the sentence quoted; of
 * the answer and the sentence, what `shownParts` says, so that one sentence is shown once in a reply (its
 * `earlier` items).
 */
export function renderItem(item: Item, n: number, label?: string, earlier: readonly Item[] = []): string[] {
  const { source } = item;
  const shown = shownParts(item, earlier);
  const where = [
    source.title ? `“${source.title}”` : source.id,
    source.date ? formatDate(source.date) : undefined,
    source.url,
  ]
    .filter(Boolean)
    .join(', ');
  const lead = `${n}. ${label ? `${label}: ` : ''}`;
  return [
    ...(shown.answer !== undefined
      ? [`${lead}${shown.answer}`, `   Source: ${where}`]
      : [`${lead}Source: ${where}`]),
    ...(shown.quotation ? [`   > ${source.sentence}`] : []),
  ];
}

/**
 * What the corpus holds, the commands with an example each and questions in words, drawn from the corpus;
 * in the `chat`, its own commands too (the command line has no next page and nothing to leave).
 */
export function renderHelp(stats: KnowledgeStats, examples: HelpExamples, { chat = false } = {}): string {
  const known = knownCounts(stats);
  return [
    stats.articles === 0
      ? 'The corpus is empty: I know no articles yet. Add articles to the corpus folder (.txt, .md or .jsonl files).'
      : `I know ${known.articles}: ${known.people}, ${known.events} and ${known.statements}, quoted or reported.`,
    '',
    'Commands:',
    ...COMMANDS.map(
      (c) => `  ${`/${c.command}`.padEnd(10)} ${c.description} — e.g. ${exampleOf(examples, c)}`,
    ),
    ...(chat
      ? [`  ${'/more'.padEnd(10)} the next answers of a long reply`, `  ${'/quit'.padEnd(10)} leave`]
      : []),
    '',
    'Or ask in words:',
    ...questionsOf(examples).map((q) => `  ${q}`),
  ].join('\n');
}
