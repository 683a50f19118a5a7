import type { CorpusWarning } from '../corpus/loadCorpus.js';

/** What the knowledge base took from one corpus file, and what the file looked like then. */
export interface CorpusFile {
  size: number;
  mtimeMs: number;
  /** Its record key (content, path and extractor version); '' when it could not be read, or is documentation. */
  key: string;
  /** Whether its record is in the cache's record folder. */
  stored: boolean;
  /** Ids of the articles it gave the knowledge base. */
  articles: string[];
  /** Ids of articles it holds that another file gave first (left out, with a warning). */
  skipped: string[];
  /** What was wrong with it, said when the file was first seen or changed, kept for `factdesk status`. */
  warnings: CorpusWarning[];
  /** A documentation file (`README.md`…), left out of the corpus: nothing is read from it. */
  documentation?: boolean;
}

/** Every corpus file the knowledge base was made from, by path relative to the corpus folder. */
export type CorpusFiles = Record<string, CorpusFile>;
