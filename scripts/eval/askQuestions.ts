import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { loadCorpus, readArticleFile } from '../../src/core/corpus/loadCorpus.js';
import { findDates } from '../../src/core/extract/findDates.js';
import { KnowledgeBase } from '../../src/core/knowledgeBase.js';
import { ask } from '../../src/core/ask/ask.js';
import { splitPassages } from '../../src/core/extract/splitPassages.js';
import type { Answer, Article } from '../../src/core/types.js';
import type { Hit, Question, Scored } from './scoreQuestions.js';
import { baselineRight, checkQuestion, factdeskRight } from './scoreQuestions.js';

export interface Asked extends Scored {
  answer: Answer;
}

/** The command word of `/who X`, which a search engine would take for a word of the query. */
const COMMAND = /^\/[\p{L}\d_]+(?:@\w+)?\s*/u;
const BENCH_FILE = /^\d{3}\.txt$/;

/**
 * The bench articles (`NNN.txt`; SOURCE.md is no article) and the seed corpus, to be asked as one
 * knowledge base; throws on an article that cannot be read, which would silently cost answers.
 */
export async function loadQuestionArticles(
  benchDir: string,
  seedDir: string | undefined,
  prefix = '',
): Promise<Article[]> {
  const files = (await readdir(benchDir)).filter((f) => BENCH_FILE.test(f)).sort();
  // A prefix keeps another folder's 001.txt from taking the id of the bench's.
  const bench = await Promise.all(
    files.map(async (file) => readArticleFile(prefix + file, await readFile(path.join(benchDir, file)))),
  );
  const seed = seedDir ? await loadCorpus(seedDir) : { articles: [], warnings: [] };
  const problem = [...bench.flatMap((b) => b.warnings), ...seed.warnings][0];
  if (problem) throw new Error(`${problem.file}: ${problem.reason}`);
  return [...bench.flatMap((b) => b.articles), ...seed.articles];
}

/** The questions of a questions file; `undefined` when there is no such file. */
export async function readQuestions(file: string): Promise<Question[] | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return text
    .split('\n')
    .map((line, i) => ({ line, where: `${file}:${i + 1}` }))
    .filter(({ line }) => line.trim())
    .map(({ line, where }) => checkQuestion(JSON.parse(line), where));
}

/** Asks each question of factdesk and of the baseline, over the same articles, and scores both. */
export function questionAsker(articles: Article[]): {
  sentences: number;
  ask: (question: Question) => Asked;
} {
  const kb = KnowledgeBase.build(articles);
  const baseline = sentenceSearch(articles);
  return {
    sentences: baseline.sentences,
    ask: (question) => {
      const answer = ask(kb, question.q);
      return {
        question,
        answer,
        factdesk: factdeskRight(question, answer.answers),
        baseline: baselineRight(question, baseline.search(question.q)),
      };
    },
  };
}

/**
 * The baseline: plain MiniSearch (default options) over one document per sentence. Each sentence's dates
 * are read by our own date reader against its article's date, so that the baseline is not marked down for
 * dates a reader of the sentence would work out.
 */
function sentenceSearch(articles: Article[]): { sentences: number; search: (input: string) => Hit[] } {
  const hits = new Map<string, Hit>();
  for (const article of articles) {
    for (const passage of splitPassages(article)) {
      const dates = findDates(passage.text, article.date).map((d) => d.iso);
      hits.set(passage.id, { text: passage.text, dates });
    }
  }
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  index.addAll([...hits].map(([id, hit]) => ({ id, text: hit.text })));
  return {
    sentences: hits.size,
    search: (input) =>
      index.search(input.replace(COMMAND, '')).map((result) => hits.get(result.id as string)!),
  };
}
