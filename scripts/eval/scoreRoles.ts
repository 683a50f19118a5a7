import type { Fact } from '../../src/core/types.js';
import { normalise } from './spans.js';

/** A line of our `roles.jsonl`: a titled person of an article and every wording of their role that is right. */
export interface RoleGold {
  corpus: 'seed' | 'bench';
  file: string;
  name: string;
  roles: string[];
}

export interface RoleScore {
  gold: number;
  correct: number;
  errors: string[];
}

/**
 * A titled person is right when the system has a person fact under that name with at least one role, and
 * every role it gives is one of the gold wordings (an extra wrong role makes the person wrong).
 */
export function scoreRoles(gold: RoleGold[], factsOf: (gold: RoleGold) => Fact[]): RoleScore {
  const score: RoleScore = { gold: gold.length, correct: 0, errors: [] };
  for (const g of gold) {
    const wanted = normalise(g.name);
    const person = factsOf(g).find(
      (f) => f.kind === 'person' && f.person && sameName(normalise(f.person.name), wanted),
    )?.person;
    const where = `${g.file} ${g.name}`;
    if (!person) {
      score.errors.push(`no person  ${where} (gold: ${g.roles[0]})`);
      continue;
    }
    const right = new Set(g.roles.map(normalise));
    if (person.roles.length > 0 && person.roles.every((r) => right.has(normalise(r)))) score.correct++;
    else
      score.errors.push(`role       ${where}: ${person.roles.join(' | ') || 'none'} (gold: ${g.roles[0]})`);
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
