import type { PersonInfo } from './types.js';

/**
 * What makes two mentions the same person: the name without accents, case, punctuation or extra spaces
 * ("Kęstutis Jankauskas" and "KESTUTIS JANKAUSKAS" are one person).
 */
export function personKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A person's roles as the indexes and the role filters read them: those held as written, and the others
 * with their time ("former mayor", "future chief executive"), so that a former office is never taken for
 * a held one.
 */
export function statedRoles(person: PersonInfo): string[] {
  return [
    ...person.roles,
    ...(person.former ?? []).map((role) => `former ${role}`),
    ...(person.future ?? []).map((role) => `future ${role}`),
  ];
}

/** What makes two mentions' roles the same: the roles without case or order ("" for none). */
export function roleSetKey(roles: readonly string[]): string {
  return roles
    .map((role) => role.toLowerCase())
    .sort()
    .join('|');
}
