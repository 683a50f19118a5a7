const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for Telegram's HTML parse mode, in an element or an attribute: nothing in it can open a tag or an entity. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}

/**
 * How long a message of ours is once Telegram has parsed it: what counts against its 4096-character limit
 * (UTF-16 code units of the text, tags left out). Only for HTML we built, whose entities are the four above.
 */
export function visibleLength(html: string): number {
  return html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot);/g, '_').length;
}
