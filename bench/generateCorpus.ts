/**
 * A synthetic news archive for the benchmark: articles recombined from the sentences of real ones (the
 * MEANTIME Wikinews articles and the seed corpus), with people, dates and quotations varied, so that the
 * indexes grow as a real archive's would — many people, many dates, many quotations — and not just repeat.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus } from '../src/core/corpus/loadCorpus.js';
import { extractFacts } from '../src/core/extract/extractFacts.js';
import { MONTHS } from '../src/core/text/formatDate.js';

export interface SourceMaterial {
  sentences: string[];
  titles: string[];
  quotations: string[];
  /** The people named in the sources (their names' words), to be replaced by generated people. */
  people: string[][];
  /** Each word of those names, with the people whose name holds it. */
  nameWords: Map<string, number[]>;
}

/** Bumped when the generator changes, so that a corpus generated before is made again. */
const GENERATOR_VERSION = 2;
const FIRST_NAMES =
  `Aigerim Aliya Amir Anna Arman Asel Askar Aziz Bakhyt Carlos Chen Daniel Dana Darya Elena Emma
  Erlan Fatima Gulnara Hannah Ivan Jamal Jana Julia Kairat Kamila Laura Layla Lin Madina Maria Marat Mehmet
  Mikhail Nadia Nurlan Oleg Olga Omar Paul Pedro Priya Rustam Saule Sofia Tamara Timur Yerlan Yuki Zarina
  Zhanna Robert Samuel Teresa Victor Walter Xenia Yasmin Zoe Alan Beatriz Cyril Dmitri Esther Farid Greta
  Hugo Ines`
    .split(/\s+/)
    .filter(Boolean);
const SYLLABLES = `ka ra na to mi be so la ve do ri an el ku sha zhan tur bek gul mar nov ski ova yev enko tas
  sen lin dor vik mas ter bar hol ton ber ger man son ley ford ham well berg stein ito ez ana ul`
  .split(/\s+/)
  .filter(Boolean);
const MONTH_DAY = new RegExp(`\\b(${MONTHS.join('|')})(\\s+)(\\d{1,2})\\b`, 'g');
const YEAR = /\b(19[5-9]\d|20[0-2]\d)\b/g;
const QUOTATION = /“([^”]{20,300})”/g;

/** A small, fast, seeded random generator (mulberry32), so that every run builds the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences, titles, quotations and people of the real articles the synthetic ones are made of. */
export async function readSourceMaterial(folders: string[]): Promise<SourceMaterial> {
  const material: SourceMaterial = {
    sentences: [],
    titles: [],
    quotations: [],
    people: [],
    nameWords: new Map(),
  };
  const lowercaseWords = new Set<string>();
  const names = new Set<string>();
  for (const folder of folders) {
    const { articles } = await loadCorpus(folder);
    // Only the articles: the folder's SOURCE.md is a table of where they came from.
    for (const article of articles.filter((a) => a.file.endsWith('.txt'))) {
      if (article.title) material.titles.push(article.title);
      for (const word of article.text.match(/\b\p{Ll}+\b/gu) ?? []) lowercaseWords.add(word);
      const { passages, facts } = extractFacts(article);
      for (const passage of passages) {
        material.sentences.push(passage.text);
        for (const match of passage.text.matchAll(QUOTATION)) material.quotations.push(match[1]!);
      }
      for (const fact of facts) if (fact.person) names.add(fact.person.name);
    }
  }
  for (const name of names) {
    // "Asset Management" was taken for a name: words also used in lower case are no one's name.
    const words = name
      .split(' ')
      .filter((w) => /^\p{Lu}\p{L}+$/u.test(w) && !lowercaseWords.has(w.toLowerCase()));
    if (words.length === 0) continue;
    const person = material.people.push(words) - 1;
    for (const word of words) material.nameWords.set(word, [...(material.nameWords.get(word) ?? []), person]);
  }
  return material;
}

/** A person of the synthetic archive: a first name and a surname made of syllables, so most are unique. */
function personName(n: number): [string, string] {
  const random = seededRandom(n * 7919 + 17);
  const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]!;
  const parts = 2 + Math.floor(random() * 2);
  let surname = '';
  for (let i = 0; i < parts; i++) surname += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
  return [first, surname[0]!.toUpperCase() + surname.slice(1)];
}

/** The text of the `n`-th synthetic article (a `.txt` file with date and title headers). */
export function syntheticArticle(material: SourceMaterial, n: number, people: number): string {
  const random = seededRandom(n + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const year = 2000 + Math.floor(random() * 26);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  // Each source person stands for one generated person in this article (first name for first name,
  // surname for surname, so that later mentions by surname still match); some people recur across the
  // archive far more often than others, as in the news.
  const names = new Map<string, string>();
  const nameFor = (word: string): string => {
    if (!names.has(word)) {
      for (const person of material.nameWords.get(word)!) {
        const words = material.people[person]!;
        if (words.some((w) => names.has(w))) continue;
        const [first, surname] = personName(Math.floor(people * random() ** 3));
        words.forEach((w, i) => names.set(w, i === words.length - 1 ? surname : i === 0 ? first : w));
      }
    }
    return names.get(word) ?? word;
  };
  const vary = (sentence: string): string =>
    sentence
      .replace(/\p{Lu}\p{L}+/gu, (word) => (material.nameWords.has(word) ? nameFor(word) : word))
      .replace(YEAR, () => String(year - Math.floor(random() * 6) + (random() < 0.1 ? 1 : 0)))
      .replace(
        MONTH_DAY,
        (_m, _month, space: string) => `${pick(MONTHS)}${space}${1 + Math.floor(random() * 28)}`,
      )
      .replace(QUOTATION, (whole) => (random() < 0.5 ? `“${pick(material.quotations)}”` : whole));

  const paragraphs: string[] = [];
  const sentences = 20 + Math.floor(random() * 11);
  let paragraph: string[] = [];
  for (let i = 0; i < sentences; i++) {
    paragraph.push(vary(pick(material.sentences)));
    if (paragraph.length >= 1 + Math.floor(random() * 3)) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length) paragraphs.push(paragraph.join(' '));
  return `date ${date}\ntitle ${vary(pick(material.titles))}\n\n${paragraphs.join('\n\n')}\n`;
}

/**
 * Writes `count` synthetic articles into `dir`, unless the same generator already did (a marker file
 * remembers it), so that repeated runs measure rather than regenerate.
 */
export async function writeSyntheticCorpus(
  material: SourceMaterial,
  dir: string,
  count: number,
): Promise<void> {
  const marker = path.join(dir, '.generated');
  const done = `${GENERATOR_VERSION} ${count}`;
  if ((await readFile(marker, 'utf8').catch(() => '')) === done) return;
  await mkdir(dir, { recursive: true });
  const people = Math.max(500, count * 2);
  for (let from = 0; from < count; from += 500) {
    const batch: Promise<void>[] = [];
    for (let n = from; n < Math.min(count, from + 500); n++) {
      const file = path.join(dir, `${String(n).padStart(6, '0')}.txt`);
      batch.push(writeFile(file, syntheticArticle(material, n, people)));
    }
    await Promise.all(batch);
  }
  await writeFile(marker, done);
}
