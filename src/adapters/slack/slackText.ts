/**
 * A message's text as the user typed it. Slack sends mentions, channels and links as `<…>` markup and
 * `&`, `<`, `>` as entities; the core should read "who is Vassilenko", not "<@U0BOT> who is Vassilenko".
 * Mentions of the app itself are removed, other people keep their display name when Slack gives it.
 */
export function readSlackText(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_markup, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (target.startsWith('@')) return target.slice(1) === botUserId || !label ? ' ' : label;
      if (target.startsWith('#')) return label ? `#${label}` : ' ';
      if (target.startsWith('!')) return label ?? ' ';
      return label ?? target.replace(/^mailto:/, '');
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a message's raw text mentions the app (then the `app_mention` event answers it). */
export function mentionsUser(text: string, userId: string | undefined): boolean {
  return userId !== undefined && (text.includes(`<@${userId}>`) || text.includes(`<@${userId}|`));
}
