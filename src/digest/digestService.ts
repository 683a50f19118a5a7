import { digestSlot, nextDueAfter } from '../core/digest/digestSlot.js';
import { DIGEST_USAGE, parseDigestCommand } from '../core/digest/parseDigestCommand.js';
import type { Digest, DigestCommand, DigestSchedule } from '../core/digest/types.js';
import { addDays, localDateOf, wallTimeOf } from '../core/digest/zonedTime.js';
import { formatDate } from '../core/text/formatDate.js';
import type { DigestComposer } from './digestComposer.js';
import type { DigestStore, Subscription } from './digestStore.js';
import type { ChatKey, DigestPlatform } from './transport.js';
import { counted } from '../core/text/counted.js';

/** A `/digest …` command from a chat, as an adapter hands it over. */
export interface DigestCommandRequest extends ChatKey {
  /** The words after `/digest` (Slack: after `/factdesk digest`). */
  args: string;
  /**
   * May this user change the chat's digest? True in a private chat or direct message; in a group or
   * channel, whether the user administers it. `now` and `status` are for everyone, so an adapter may
   * skip asking its platform (and pass false) when `needsAdmin(args)` says the command changes nothing.
   */
  isAdmin: boolean;
}

/** The answer to a `/digest` command, platform-free: words, and for `now` the digest to show. */
export interface DigestReply {
  text: string;
  digest?: Digest;
}

export interface DigestServiceOptions {
  store: DigestStore;
  composer: DigestComposer;
  /** For `/digest on` without a time or zone (`DIGEST_DEFAULT_TIME`, `DIGEST_DEFAULT_TZ`). */
  defaults: DigestSchedule;
  clock?: () => number;
}

const CHANGES: ReadonlySet<DigestCommand['kind']> = new Set(['on', 'off', 'topic']);

/** The reply to every `/digest` while the digest database cannot be opened. */
export const DIGESTS_UNAVAILABLE =
  'Digests are unavailable right now: their database cannot be opened. /who, /when, /quote and /search work as usual.';

/** What the adapters use of the digests: the `/digest` commands, and word of chats that moved or went away. */
export interface DigestService {
  handleCommand(request: DigestCommandRequest): DigestReply;
  /**
   * Whether `/digest <args>` would change the chat's digest, so that only an administrator may run it.
   * Lets an adapter ask its platform who administers the chat only when the answer matters.
   */
  needsAdmin(args: string): boolean;
  /** A Telegram group became a supergroup (the adapter saw `migrate_to_chat_id`): the digest moves with it. */
  chatMigrated(platform: DigestPlatform, fromChatId: string, toChatId: string): void;
  /** The bot left or was removed from the chat (the adapter saw it): no digest goes there any more. */
  chatGone(chat: ChatKey): void;
}

/** Handles the `/digest` commands of every platform's chats. Never throws on what a user typed. */
export class DigestCommands implements DigestService {
  private readonly clock: () => number;

  constructor(private readonly options: DigestServiceOptions) {
    this.clock = options.clock ?? Date.now;
  }

  handleCommand(request: DigestCommandRequest): DigestReply {
    const { store, defaults } = this.options;
    const chat: ChatKey = { platform: request.platform, chatId: request.chatId };
    const now = this.clock();
    const current = store.subscription(chat);
    const parsed = parseDigestCommand(request.args, current?.schedule ?? defaults);
    if ('error' in parsed) return { text: parsed.error };
    const { command } = parsed;
    if (CHANGES.has(command.kind) && !request.isAdmin) {
      return {
        text: 'Only an administrator of this chat can change its digest. /digest now and /digest status work for everyone.',
      };
    }
    switch (command.kind) {
      case 'help':
        return {
          text: [
            'A daily digest: a few facts from the corpus, each with its source.',
            ...DIGEST_USAGE,
            '',
            this.status(chat, now),
          ].join('\n'),
        };
      case 'status':
        return { text: this.status(chat, now) };
      case 'on':
        // Articles already known when the chat subscribes are not "new" in its first digest.
        this.options.composer.syncArticles(now);
        store.subscribe(chat, command.schedule, now);
        return { text: `Daily digest on: ${this.status(chat, now, false)}` };
      case 'off':
        return {
          text: store.unsubscribe(chat, 'off', now)
            ? 'Daily digest off. The topic and the facts already sent are kept: /digest on resumes.'
            : 'The daily digest is already off.',
        };
      case 'topic':
        store.setTopic(chat, command.topic, defaults, now);
        return { text: this.describeTopic(store.subscription(chat)!) };
      case 'now':
        return this.preview(chat, now);
    }
  }

  needsAdmin(args: string): boolean {
    const parsed = parseDigestCommand(args, this.options.defaults);
    return 'command' in parsed && CHANGES.has(parsed.command.kind);
  }

  chatMigrated(platform: DigestPlatform, fromChatId: string, toChatId: string): void {
    this.options.store.moveChat(platform, fromChatId, toChatId);
  }

  chatGone(chat: ChatKey): void {
    this.options.store.unsubscribe(chat, 'gone', this.clock());
  }

  private preview(chat: ChatKey, now: number): DigestReply {
    const { store, composer, defaults } = this.options;
    composer.syncArticles(now);
    const subscription = store.ensureChat(chat, defaults, now);
    const localDate = localDateOf(now, subscription.schedule.timeZone);
    const composed = composer.compose(subscription, localDate, composer.catalogs(), true);
    // The chat has read these facts: they count as shown, as /digest status says, and no digest repeats them.
    store.immediate(() => store.markSeen(chat, composed.cycle, composed.factIds, now));
    return {
      text: subscription.active
        ? `A preview of your digest. Its facts count as shown, so the next digest brings others; it ${this.nextDigest(subscription, now)}.`
        : 'A preview of the digest. Its facts count as shown, so a daily digest brings others: /digest on sends one every day.',
      digest: composed.digest,
    };
  }

  private status(chat: ChatKey, now: number, withState = true): string {
    const subscription = this.options.store.subscription(chat);
    const lines: string[] = [];
    if (!subscription?.active) {
      const { time, timeZone } = subscription?.schedule ?? this.options.defaults;
      lines.push(`Daily digest: off. /digest on ${time} ${timeZone} starts it (any time and IANA zone).`);
    } else {
      const { time, timeZone } = subscription.schedule;
      lines.push(
        `${withState ? 'Daily digest: on, ' : ''}every day at ${time} (${timeZone}); the next ${this.nextDigest(subscription, now)}.`,
      );
    }
    if (subscription) lines.push(this.describeTopic(subscription));
    const last = this.options.store.lastSentAt(chat);
    if (subscription && last !== undefined) {
      lines.push(`Last digest: ${formatDate(localDateOf(last, subscription.schedule.timeZone))}.`);
    }
    return lines.join('\n');
  }

  private nextDigest(subscription: Subscription, now: number): string {
    const { schedule } = subscription;
    const slot = digestSlot(schedule, subscription.since, now);
    let at: number;
    if (slot.owed) {
      const delivery = this.options.store.delivery(subscription, slot.localDate);
      if (!delivery || delivery.status === 'sending') return 'is on its way';
      at = nextDueAfter(schedule, slot.localDate);
    } else at = slot.nextAt;
    const { date, time } = wallTimeOf(at, schedule.timeZone);
    const day =
      date === slot.localDate ? 'today' : date === addDays(slot.localDate, 1) ? 'tomorrow' : formatDate(date);
    return `comes ${day} at ${time}`;
  }

  private describeTopic(subscription: Subscription): string {
    const { composer, store } = this.options;
    const catalog = composer.catalogs()(subscription.topic);
    const seen = [...store.seenFacts(subscription, subscription.cycle)].filter((id) =>
      catalog.ids.has(id),
    ).length;
    const count = counted(catalog.ids.size, 'fact');
    if (!subscription.topic) {
      return `Topic: none, facts from the whole corpus (${count}, ${seen} shown this round). /digest topic WORDS narrows it.`;
    }
    if (catalog.ids.size === 0) {
      return `Topic: “${subscription.topic}”. Nothing in the corpus is about it yet; the digest says so until an article is.`;
    }
    return `Topic: “${subscription.topic}” (${count}, ${seen} shown this round).`;
  }
}
