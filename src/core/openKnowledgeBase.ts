import type { CorpusWarning } from './corpus/loadCorpus.js';
import { loadCorpus } from './corpus/loadCorpus.js';
import { KnowledgeBase } from './knowledgeBase.js';

export interface OpenedKnowledgeBase {
  kb: KnowledgeBase;
  warnings: CorpusWarning[];
}

/** Loads a corpus folder, extracts its facts and indexes them. Throws only when the folder cannot be read. */
export async function openKnowledgeBase(corpusDir: string): Promise<OpenedKnowledgeBase> {
  const { articles, warnings } = await loadCorpus(corpusDir);
  return { kb: KnowledgeBase.build(articles), warnings };
}
