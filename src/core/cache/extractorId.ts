import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXTRACTOR_VERSION } from '../extract/extractFacts.js';

/** The code that turns a corpus file into passages and facts: reading, splitting, extracting. */
const EXTRACTION_FOLDERS = ['../corpus/', '../text/', '../extract/'];

let id: string | undefined;

/**
 * Which extractor made cached facts: `EXTRACTOR_VERSION` and a hash of the extraction code itself, so that
 * a cache never outlives a change to that code, even one that did not bump the version (as while the
 * extractor is being tuned).
 */
export function extractorId(): string {
  if (id === undefined) {
    const hash = createHash('sha256');
    for (const folder of EXTRACTION_FOLDERS) {
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
    id = `${EXTRACTOR_VERSION}-${hash.digest('hex').slice(0, 12)}`;
  }
  return id;
}
