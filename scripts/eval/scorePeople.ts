import { extractPeople } from '../../src/core/extract/people.js';
import type { BenchArticle } from './benchArticles.js';
import { normalise, occurrences, overlap } from './spans.js';

/** A line of `meantime-persons.jsonl`. */
export interface PersonGold {
  file: string;
  text: string;
  line: number;
}

/** A line of our `people.jsonl`: every real person's name written on one of lines 2 and 4–7. */
export interface PeopleLineGold {
  file: string;
  line: number;
  people: string[];
}

/** Where the system names a person: the words as written, and the person they stand for. */
export interface SystemMention {
  file: string;
  line: number;
  start: number;
  end: number;
  surface: string;
  name: string;
}

export interface PeopleScore {
  goldLines: number;
  found: number;
  mentions: number;
  real: number;
  errors: string[];
}

/** The lines that MEANTIME annotates, where precision can be judged. */
export const ANNOTATED_LINES = new Set([2, 4, 5, 6, 7]);

/** Every person mention the extractor finds, placed on its file line. */
export function systemMentions(bench: BenchArticle): SystemMention[] {
  const { passages } = bench.extracted;
  const { people } = extractPeople(passages);
  return people.flatMap((person) =>
    person.mentions.map((m) => {
      const passage = passages[m.passageIndex]!;
      const { line, column } = bench.place(passage, m.start);
      const surface = passage.text.slice(m.start, m.end);
      return {
        file: bench.file,
        line,
        start: column,
        end: column + surface.length,
        surface,
        name: person.name,
      };
    }),
  );
}

/**
 * Recall (bench README): a gold line is found when a person the system reports on that line has a name that
 * contains the gold name ("John Howard" for "Howard"). Precision: a mention on lines 2 and 4–7 is a real
 * person when it overlaps one of the names our own gold lists for that line.
 */
export function scorePeople(
  recallGold: PersonGold[],
  precisionGold: PeopleLineGold[],
  system: SystemMention[],
  lineText: (file: string, line: number) => string,
): PeopleScore {
  const score: PeopleScore = { goldLines: recallGold.length, found: 0, mentions: 0, real: 0, errors: [] };
  const onLine = (file: string, line: number) => system.filter((s) => s.file === file && s.line === line);
  for (const gold of recallGold) {
    const wanted = ` ${normalise(gold.text)} `;
    const hit = onLine(gold.file, gold.line).some(
      (s) => ` ${normalise(s.name)} `.includes(wanted) || ` ${normalise(s.surface)} `.includes(wanted),
    );
    if (hit) score.found++;
    else score.errors.push(`missed     ${gold.file}:${gold.line} ${gold.text}`);
  }
  for (const gold of precisionGold) {
    const text = lineText(gold.file, gold.line);
    const names = gold.people.flatMap((name) =>
      occurrences(text, name).map((start) => ({ start, end: start + name.length })),
    );
    for (const mention of onLine(gold.file, gold.line)) {
      score.mentions++;
      if (names.some((n) => overlap(n.start, n.end, mention.start, mention.end) > 0)) score.real++;
      else
        score.errors.push(`not a person ${gold.file}:${gold.line} “${mention.surface}” (as ${mention.name})`);
    }
  }
  return score;
}
