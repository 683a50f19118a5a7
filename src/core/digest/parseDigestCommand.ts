import { termsOf } from '../index/searchTerms.js';
import type { DigestCommand, DigestSchedule } from './types.js';
import { canonicalTimeZone, parseTimeOfDay } from './zonedTime.js';

/** Longest topic kept: a topic is a few words, and it is shown back in every digest. */
export const MAX_TOPIC_LENGTH = 100;

/** Clears the topic filter. */
const ALL_TOPICS = /^(all|any|everything|none|off|-)$/i;

export const DIGEST_USAGE = [
  '/digest on 08:30 Asia/Almaty — a digest every day at that time (time and zone are optional)',
  '/digest topic WORDS — only facts about a topic (/digest topic all: every fact)',
  '/digest off — stop the daily digest',
  '/digest now — a preview now; the daily digest still comes, with other facts',
  '/digest status — what is set for this chat',
];

export type ParsedDigestCommand = { command: DigestCommand } | { error: string };

/** The subcommands that take no words after them, with the other names people type for them. */
const BARE: Record<string, 'off' | 'now' | 'status' | 'help'> = {
  off: 'off',
  stop: 'off',
  unsubscribe: 'off',
  now: 'now',
  preview: 'now',
  status: 'status',
  help: 'help',
};

/**
 * Reads the words after `/digest`. `on` takes a time (`HH:MM`) and an IANA zone, in either order, each
 * optional: what is left out comes from `defaults` (the chat's current schedule, else the configured one).
 */
export function parseDigestCommand(args: string, defaults: DigestSchedule): ParsedDigestCommand {
  const [first, ...rest] = args.trim().split(/\s+/).filter(Boolean);
  if (first === undefined) return { command: { kind: 'help' } };
  const word = first.toLowerCase();
  if (word === 'topic') return parseTopic(rest.join(' '));
  if (word === 'on' || word === 'start' || word === 'subscribe') return parseOn(rest, defaults);
  const kind = BARE[word];
  if (kind === undefined) return { error: `There is no /digest ${first}. Try:\n${DIGEST_USAGE.join('\n')}` };
  if (rest.length > 0) return { error: `/digest ${word} takes nothing after it (got “${rest.join(' ')}”).` };
  return { command: { kind } };
}

function parseOn(words: string[], defaults: DigestSchedule): ParsedDigestCommand {
  let time: string | undefined;
  let timeZone: string | undefined;
  for (const word of words) {
    if (/^\d/.test(word)) {
      const parsed = parseTimeOfDay(word);
      if (parsed === undefined) {
        return {
          error: `“${word}” is not a time of day: write it as HH:MM from 00:00 to 23:59, for example /digest on 08:30 Asia/Almaty.`,
        };
      }
      if (time !== undefined)
        return { error: `/digest on takes one time of day (got ${time} and ${parsed}).` };
      time = parsed;
    } else {
      const zone = canonicalTimeZone(word);
      if (zone === undefined) {
        return {
          error: `“${word}” is not a time zone I know: use an IANA name such as Asia/Almaty, Europe/Berlin or UTC.`,
        };
      }
      if (timeZone !== undefined)
        return { error: `/digest on takes one time zone (got ${timeZone} and ${zone}).` };
      timeZone = zone;
    }
  }
  return {
    command: {
      kind: 'on',
      schedule: { time: time ?? defaults.time, timeZone: timeZone ?? defaults.timeZone },
    },
  };
}

function parseTopic(text: string): ParsedDigestCommand {
  const topic = text.trim();
  if (!topic) {
    return {
      error: 'Type a topic after /digest topic: a name or a few words (/digest topic all: every fact).',
    };
  }
  if (ALL_TOPICS.test(topic)) return { command: { kind: 'topic', topic: null } };
  if (topic.length > MAX_TOPIC_LENGTH) {
    return {
      error: `That topic is ${topic.length} characters long; a topic may have up to ${MAX_TOPIC_LENGTH}.`,
    };
  }
  if (termsOf(topic).length === 0) {
    return {
      error: `“${topic}” has no word to search for; name a subject: a person, a place or a few words.`,
    };
  }
  return { command: { kind: 'topic', topic } };
}
