/** The data model shared by the core and every adapter (see shared/design.md, "The answer contract"). */

/** One news article as loaded from the corpus. */
export interface Article {
  /** File name without extension; for `.jsonl`, the record's `id`. */
  id: string;
  title?: string;
  /** `YYYY-MM-DD`; absent when the article states no date. */
  date?: string;
  url?: string;
  source?: string;
  /** The body text, header and front matter removed. */
  text: string;
  /** The file it came from, relative to the corpus folder. */
  file: string;
}

/** A sentence of an article; a quotation that runs over several sentences or lines stays in one passage. */
export interface Passage {
  /** `${articleId}#${index}`, stable as long as the article's text is. */
  id: string;
  articleId: string;
  index: number;
  text: string;
  /** Character offset of `text` in the article body. */
  start: number;
  /** Paragraph number in the article (0-based; the headline, when read, is paragraph 0). */
  paragraph: number;
  /** The article's title, read as its first sentence; `start` is then an offset in the title, not the body. */
  headline?: true;
}

export interface PersonInfo {
  name: string;
  /**
   * Roles as of the article's date, as it states them; one it says the person held before ("former",
   * "then-", "resigned as") reads "former …", one they will take up ("will become") "future …".
   */
  roles: string[];
}

export interface DateInfo {
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` / `--MM` when the year is unknown. */
  iso: string;
  /** The expression as written in the article. */
  text: string;
}

export interface QuoteInfo {
  text: string;
  /**
   * The speaker's full name, the organisation's name when an organisation spoke ("GM said"), or `null`
   * when the article names no speaker.
   */
  speaker: string | null;
  /** Reported speech: what was said in other words, never shown in quotation marks ("X said that …"). */
  reported?: true;
}

export interface Source {
  id: string;
  title?: string;
  date?: string;
  url?: string;
  /** The passage the answer rests on, verbatim. */
  sentence: string;
}

export type FactKind = 'person' | 'event' | 'quote';

/** What an item is: a fact of one of the three kinds, or a passage found by /search, quoted whole. */
export type ItemKind = FactKind | 'passage';

export interface Item {
  kind: ItemKind;
  /** The answer as one sentence a person reads. */
  text: string;
  person?: PersonInfo;
  date?: DateInfo;
  /** What happened on `date`. */
  event?: string;
  quote?: QuoteInfo;
  source: Source;
  /**
   * Read from a passage that matched rather than from a fact: the date of the sentence next to it, or a
   * person it names next to the role asked for. `source.sentence` then holds every sentence it rests on.
   */
  fromPassage?: true;
}

/** An extracted fact: an `Item` that says what kind it is and which passage it rests on. */
export interface Fact extends Item {
  kind: FactKind;
  /** Stable id: `${passageId}:${kind}:${n}`. */
  id: string;
  passageId: string;
}

/** The intents answered from the corpus, each by its query command (core/commands.ts). */
export type QueryIntent = 'who' | 'when' | 'quote' | 'search';

export type Intent = QueryIntent | 'help' | 'digest' | 'unknown';

export interface Answer {
  /** What the user typed. */
  input: string;
  intent: Intent;
  /** The query, without the command word. */
  query: string;
  /** Best first; `[]` when the corpus has nothing (never invented). */
  answers: Item[];
  /** Close matches when `answers` is empty. */
  suggestions?: string[];
  /** Bad input, in words a user understands. */
  error?: string;
}
