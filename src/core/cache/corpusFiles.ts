import type { CorpusWarning } from '../corpus/loadCorpus.js';

/** What the knowledge base took from one corpus file, and what the file looked like then. */
export interface CorpusFile {
  size: number;
  mtimeMs: number;
  /** Its record key (content, path and extractor version); '' when it could not be read. */
  key: string;
  /** Whether its record is in the cache's record folder. */
  stored: boolean;
  /** Ids of the articles it gave the knowledge base. */
  articles: string[];
  /** Ids of articles it holds that another file gave first (left out, with a warning). */
  skipped: string[];
  warnings: CorpusWarning[];
}

/** Every corpus file the knowledge base was made from, by path relative to the corpus folder. */
export type CorpusFiles = Record<string, CorpusFile>;
