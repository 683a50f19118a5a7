import type { Fact } from '../../src/core/types.js';
import { normalise } from './spans.js';

/** A line of our `roles.jsonl`: a titled person of an article and every wording of their role that is right. */
export interface RoleGold {
  /** Where the article is: the seed corpus, the bench, or a set of invented news (`dev`, `unseen` …). */
  corpus: string;
  file: string;
  name: string;
  /** Roles held on the article's date; empty when the person holds none of those the article gives. */
  roles: string[];
  /** Roles the article says the person no longer holds, and those they will take up (invented news). */
  former?: string[];
  future?: string[];
}

export interface RoleScore {
  gold: number;
  correct: number;
  /** Gold people with a former or future role, and how many of them the system stated as current. */
  inTime: number;
  statedAsCurrent: number;
  errors: string[];
}

/**
 * A titled person is right when the system has a person fact under that name whose current roles are all
 * gold wordings (at least one, unless the gold has none), and whose former and future roles, if it gives
 * any, are gold wordings of those. Separately: how many gold former or future roles are stated as current.
 */
export function scoreRoles(gold: RoleGold[], factsOf: (gold: RoleGold) => Fact[]): RoleScore {
  const score: RoleScore = { gold: gold.length, correct: 0, inTime: 0, statedAsCurrent: 0, errors: [] };
  for (const g of gold) {
    const wanted = normalise(g.name);
    const person = factsOf(g).find(
      (f) => f.kind === 'person' && f.person && sameName(normalise(f.person.name), wanted),
    )?.person;
    const where = `${g.file} ${g.name}`;
    const then = new Set([...(g.former ?? []), ...(g.future ?? [])].map(normalise));
    if (then.size > 0) score.inTime++;
    if (!person) {
      score.errors.push(`no person  ${where} (gold: ${g.roles[0] ?? [...then][0]})`);
      continue;
    }
    const right = new Set(g.roles.map(normalise));
    // A role of another time is stated with its time word: "former mayor", "future chief executive".
    const stated = person.roles.map(normalise);
    const inTime = (r: string) => /^(?:former|future) /.test(r);
    const current = stated.filter((r) => !inTime(r));
    const other = stated.filter(inTime).map((r) => r.replace(/^\S+ /, ''));
    // "former mayor" says it honestly; "mayor" for a former mayor does not.
    const statesAsCurrent = (r: string) =>
      !/^(?:former|ex-|then-|one-?time|previous)/.test(r) &&
      !right.has(r) &&
      [...then].some((t) => r.includes(t));
    if (current.some(statesAsCurrent)) score.statedAsCurrent++;
    const currentRight =
      right.size === 0 ? current.length === 0 : current.length > 0 && current.every((r) => right.has(r));
    if (currentRight && other.every((r) => then.has(r))) score.correct++;
    else {
      const given = [
        person.roles.join(' | ') || 'none',
        ...(other.length ? [`then: ${other.join(' | ')}`] : []),
      ];
      score.errors.push(`role       ${where}: ${given.join('; ')} (gold: ${g.roles[0] ?? 'none'})`);
    }
  }
  return score;
}

/** "Djamal" is not "Jusman Syafii Djamal", but "George W. Bush" is "George Bush". */
function sameName(system: string, gold: string): boolean {
  if (system === gold) return true;
  const a = system.split(' ');
  const b = gold.split(' ');
  return a.length > 1 && b.length > 1 && a[0] === b[0] && a[a.length - 1] === b[b.length - 1];
}
