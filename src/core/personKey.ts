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

/** What makes two mentions' roles the same: the roles without case or order ("" for none). */
export function roleSetKey(roles: readonly string[]): string {
  return roles
    .map((role) => role.toLowerCase())
    .sort()
    .join('|');
}
