/**
 * `npm run eval`: extraction quality on 60 Wikinews articles nobody here wrote, against MEANTIME's gold
 * (dates, people) and ours (quotations, roles, real people; test/fixtures/bench-gold/README.md says how it
 * was made). A measurement, not a test: it exits non-zero only when it cannot run.
 *
 *   npm run eval [-- --bench DIR] [--errors]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchArticle } from './benchArticles.js';
import { loadArticle, loadBenchArticles } from './benchArticles.js';
import type { TimexGold } from './scoreDates.js';
import { scoreDates, systemDates } from './scoreDates.js';
import type { PeopleLineGold, PersonGold } from './scorePeople.js';
import { scorePeople, systemMentions } from './scorePeople.js';
import type { QuoteGold } from './scoreQuotes.js';
import { placeGold, scoreQuotes, systemQuotes } from './scoreQuotes.js';
import type { RoleGold } from './scoreRoles.js';
import { scoreRoles } from './scoreRoles.js';
import { percent } from './spans.js';
import { extractFacts } from '../../src/core/extract/extractFacts.js';
import type { Article } from '../../src/core/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GOLD = path.join(ROOT, 'test/fixtures/bench-gold');
const SEED = path.join(ROOT, 'corpus');

async function readJsonl<T>(file: string): Promise<T[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { bench: { type: 'string' }, errors: { type: 'boolean' } },
  });
  const benchDir = path.resolve(values.bench ?? process.env.BENCH_DIR ?? path.join(ROOT, '../shared/bench'));
  const bench = await loadBenchArticles(path.join(benchDir, 'articles'));
  const byFile = new Map(bench.map((b) => [b.file, b]));
  const article = (file: string): BenchArticle => {
    const found = byFile.get(file);
    if (!found) throw new Error(`gold names ${file}, which is not among the bench articles`);
    return found;
  };
  const lineText = (file: string, line: number) => article(file).lineText(line);

  const dates = scoreDates(
    await readJsonl<TimexGold>(path.join(benchDir, 'meantime-timex.jsonl')),
    bench.flatMap(systemDates),
    lineText,
  );
  const people = scorePeople(
    await readJsonl<PersonGold>(path.join(benchDir, 'meantime-persons.jsonl')),
    await readJsonl<PeopleLineGold>(path.join(GOLD, 'people.jsonl')),
    bench.flatMap(systemMentions),
    lineText,
  );
  const quoteGold = (await readJsonl<QuoteGold>(path.join(GOLD, 'quotations.jsonl'))).map((g) => ({
    ...g,
    ...placeGold(article(g.file), g),
  }));
  const quoteFiles = [...new Set(quoteGold.map((g) => g.file))];
  const quotesSystem = quoteFiles.flatMap((file) => systemQuotes(article(file)));
  const quotes = [0.3, 0.8].map((threshold) => scoreQuotes(quoteGold, quotesSystem, threshold));
  const roleGold = await readJsonl<RoleGold>(path.join(GOLD, 'roles.jsonl'));
  const seed = new Map<string, Awaited<ReturnType<typeof loadArticle>>>();
  for (const g of roleGold.filter((r) => r.corpus === 'seed')) {
    if (!seed.has(g.file)) seed.set(g.file, await loadArticle(SEED, g.file));
  }
  const roles = scoreRoles(roleGold, (g) =>
    g.corpus === 'seed' ? seed.get(g.file)!.extracted.facts : article(g.file).extracted.facts,
  );

  const rows: [string, string][] = [
    [
      'dates',
      `recall ${percent(dates.found, dates.gold)} · value accuracy ${percent(dates.correct, dates.found)} · ` +
        `correct ${dates.correct}/${dates.gold}`,
    ],
    [
      'people',
      `recall ${percent(people.found, people.goldLines)} (${people.found}/${people.goldLines} lines) · ` +
        `precision ${percent(people.real, people.mentions)} (${people.real}/${people.mentions} mentions)`,
    ],
    ...quotes.map((q): [string, string] => {
      const p = q.matched / q.system;
      const r = q.matched / q.gold;
      const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
      return [
        `quotations ≥${q.threshold}`,
        `P ${percent(q.matched, q.system)} · R ${percent(q.matched, q.gold)} · F1 ${(100 * f1).toFixed(1)} · ` +
          `speaker ${percent(q.speakerRight, q.matched)} (${q.matched} matched of ${q.gold} gold, ${q.system} extracted)`,
      ];
    }),
    [
      'roles',
      `accuracy ${percent(roles.correct, roles.gold)} (${roles.correct}/${roles.gold} titled people)`,
    ],
  ];
  const out = process.stdout;
  out.write(`Extraction quality: ${bench.length} bench articles from ${benchDir}\n\n`);
  out.write('| measure | result |\n|---|---|\n');
  for (const [name, result] of rows) out.write(`| ${name} | ${result} |\n`);
  out.write(
    `\nQuotation gold: ${quoteFiles.length} articles; role gold: ${seed.size} seed and ` +
      `${new Set(roleGold.filter((r) => r.corpus === 'bench').map((r) => r.file)).size} bench articles.\n` +
      `Extraction speed: ${throughput(bench.map((b) => b.article)).toFixed(0)} articles/s on one core.\n`,
  );
  if (values.errors) {
    const sections: [string, string[]][] = [
      ['dates', dates.errors],
      ['people', people.errors],
      ['quotations ≥0.3', quotes[0]!.errors],
      ['roles', roles.errors],
    ];
    for (const [name, errors] of sections) {
      out.write(`\n## ${name}: ${errors.length}\n`);
      for (const error of errors) out.write(`${error}\n`);
    }
  }
}

/** Articles extracted per second, over repeated rounds of the bench after a warm-up round. */
function throughput(articles: Article[]): number {
  for (const article of articles) extractFacts(article);
  let rounds = 0;
  const started = performance.now();
  while (performance.now() - started < 1500 || rounds < 3) {
    for (const article of articles) extractFacts(article);
    rounds++;
  }
  return (rounds * articles.length * 1000) / (performance.now() - started);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
