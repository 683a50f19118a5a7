import type { FactKind, Item } from '../types.js';

/** When a chat's daily digest goes out: a time of day (`HH:MM`) in an IANA time zone. */
export interface DigestSchedule {
  time: string;
  timeZone: string;
}

/** Why a fact is in a digest: it happened on this day in an earlier year, it is from a new article, or neither. */
export type PickReason = 'on-this-day' | 'new' | 'pick';

export interface DigestEntry {
  kind: FactKind;
  reason: PickReason;
  /** Shown before the fact ("On this day", "New"); absent for an ordinary pick. */
  label?: string;
  item: Item;
}

/**
 * What a chat is sent unasked, platform-free: a daily digest or a follow's alert. Each adapter's digest
 * transport renders it (Telegram HTML, Slack Block Kit, plain text).
 */
export interface OutgoingMessage {
  /** "Daily digest · 5 April 2024 · topic: violence". */
  heading: string;
  /** What the reader should know first: the cycle starts again, nothing matches the topic. */
  notes: string[];
  /** Best first; each item cites its article and sentence. */
  entries: DigestEntry[];
}

/** One digest: the message, and what it was picked for. */
export interface Digest extends OutgoingMessage {
  /** The chat's local date the digest is for, `YYYY-MM-DD`. */
  localDate: string;
  topic: string | null;
  /** A `/digest now` preview, not the day's digest. */
  preview: boolean;
}

/** A `/digest …` command as typed, read but not yet applied. */
export type DigestCommand =
  | { kind: 'on'; schedule: DigestSchedule }
  | { kind: 'topic'; topic: string | null }
  | { kind: 'off' }
  | { kind: 'now' }
  | { kind: 'status' }
  | { kind: 'help' };
