import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openKnowledgeBase } from '../../src/core/load/openKnowledgeBase.js';
import type { KnowledgeBase } from '../../src/core/knowledgeBase.js';

/** The project's own corpus folder: the two seed articles. */
export const SEED_CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus');

let seed: Promise<KnowledgeBase> | undefined;

/** The knowledge base of the seed corpus, built once per test file. */
export function seedKnowledgeBase(): Promise<KnowledgeBase> {
  seed ??= openKnowledgeBase(SEED_CORPUS).then(({ kb }) => kb);
  return seed;
}
