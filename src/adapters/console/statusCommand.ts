import type { Writable } from 'node:stream';
import { wallTimeOf } from '../../core/mod.js';
import { escapeControl } from '../../logger.js';
import type { DigestChat, Status } from '../../status.js';

/** Warnings listed as text at most: a `.jsonl` file of bad lines may have a million; `--json` has them all. */
const LISTED_WARNINGS = 100;

/** `factdesk status`: as text a person reads, or as one JSON document with `--json`. */
export function printStatus(status: Status, json: boolean, output: Writable): void {
  output.write(json ? `${JSON.stringify(status, null, 2)}\n` : renderStatus(status));
}

export function renderStatus({ corpus, cache, digests }: Status): string {
  // File names and reasons come from the corpus folder: a name may hold control characters.
  const safe = escapeControl;
  const lines = [
    `Corpus: ${safe(corpus.folder)}`,
    `  ${count(corpus.articles, 'article')}: ${count(corpus.people, 'person', 'people')}, ${count(corpus.events, 'event')}, ${count(corpus.quotes, 'quotation')}`,
  ];
  if (corpus.warnings.length === 0) lines.push('  no warnings');
  else {
    lines.push(`  ${count(corpus.warnings.length, 'warning')} (files or lines skipped, values ignored):`);
    for (const { file, reason } of corpus.warnings.slice(0, LISTED_WARNINGS))
      lines.push(`    ${safe(file)}: ${safe(reason)}`);
    const more = corpus.warnings.length - LISTED_WARNINGS;
    if (more > 0) lines.push(`    … and ${more} more (factdesk status --json lists them all)`);
  }
  if (corpus.leftOut.length > 0) {
    lines.push(
      `  ${count(corpus.leftOut.length, 'documentation file')} left out: ${corpus.leftOut.map(safe).join(', ')}`,
    );
  }
  lines.push(`Cache: ${safe(cache.folder)}, ${size(cache.bytes)} in ${count(cache.files, 'file')}`);
  if (!digests.found) lines.push(`Digests: none (no database at ${safe(digests.database)})`);
  else if (digests.error !== undefined)
    lines.push(`Digests: cannot read ${safe(digests.database)} (${safe(digests.error)})`);
  else {
    const on = digests.subscriptions.filter((chat) => chat.on).length;
    lines.push(
      `Digests: ${safe(digests.database)}, ${count(digests.subscriptions.length, 'chat')}, ${on} on`,
    );
    for (const chat of digests.subscriptions) lines.push(`  ${digestLine(chat)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `telegram 42: on, 08:30 Asia/Almaty, topic "violence", last sent 2024-05-01 08:30 Asia/Almaty` */
function digestLine(chat: DigestChat): string {
  const state = chat.on
    ? `on, ${chat.time} ${chat.timeZone}`
    : chat.stopped === 'gone'
      ? 'off (the chat is gone)'
      : chat.stopped === 'off'
        ? 'off'
        : 'off (never turned on)';
  const topic = chat.topic === null ? 'all topics' : `topic ${JSON.stringify(chat.topic)}`;
  let sent = 'never sent';
  if (chat.lastSent !== null) {
    const { date, time } = wallTimeOf(Date.parse(chat.lastSent), chat.timeZone);
    sent = `last sent ${date} ${time} ${chat.timeZone}`;
  }
  return escapeControl(`${chat.platform} ${chat.chat}: ${state}, ${topic}, ${sent}`);
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function size(bytes: number): string {
  if (bytes < 2 ** 20) return `${Math.ceil(bytes / 2 ** 10)} KB`;
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}
