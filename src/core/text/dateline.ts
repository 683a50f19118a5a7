/**
 * Where an article was written, before its first sentence: "ASTANA – ", "SORVA, Calveria – ", "LONDON
 * (Reuters) – ", "KARSVIK, Feb 4 (Meridian News) - ". It says where, not what happened nor what was said.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]+(?:,[^–—-]{0,40})?(?:\([^)]*\))?\s*[-–—]\s+/u;

/** Where the text after a dateline starts: 0 for a text that opens with none. */
export function datelineEnd(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/** The text without its dateline, if it opens with one. */
export function withoutDateline(text: string): string {
  return text.slice(datelineEnd(text));
}
