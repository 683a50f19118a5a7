import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXTRACTOR_VERSION } from '../extract/extractFacts.js';

/** The code that turns a corpus file into passages and facts: reading, splitting, extracting. */
const EXTRACTION_FOLDERS = ['../corpus/', '../text/', '../extract/'];
/** And the code that turns them into index documents and terms, which a saved index was made with. */
const INDEXING_FOLDERS = [...EXTRACTION_FOLDERS, '../index/'];

let id: string | undefined;
let indexer: string | undefined;

/**
 * Which extractor made cached facts: `EXTRACTOR_VERSION` and a hash of the extraction code itself, so that
 * a cache never outlives a change to that code, even one that did not bump the version (as while the
 * extractor is being tuned).
 */
export function extractorId(): string {
  return (id ??= `${EXTRACTOR_VERSION}-${codeHash(EXTRACTION_FOLDERS)}`);
}

/** Which code made a saved index: the extractor's and the indexing code's, for the same reason. */
export function indexerId(): string {
  return (indexer ??= `${EXTRACTOR_VERSION}-${codeHash(INDEXING_FOLDERS)}`);
}

function codeHash(folders: readonly string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    for (const file of readdirSync(dir)
      .filter((f) => /\.[cm]?[jt]s$/.test(f))
      .sort()) {
      hash
        .update(`${folder}${file}\0`)
        .update(readFileSync(`${dir}${file}`))
        .update('\0');
    }
  }
  return hash.digest('hex').slice(0, 12);
}
