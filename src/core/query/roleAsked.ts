/** Words that make a role another one than its head: a deputy foreign minister is no foreign minister. */
const RANK = /\b(?:deputy|vice|assistant|under|associate)\b/g;
/** Words that put a role out of the present: a former mayor is no mayor. */
const TIME = /\b(?:former|ex|acting|interim)\b/g;

/** The words of a question, in lower case, to tell which roles it asks for. */
export function wordsAsked(query: string): ReadonlySet<string> {
  return new Set(
    query
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean),
  );
}

/**
 * Whether one of the roles (lower case, as a `roleSetKey` joins them with `|`) is the role asked for: not
 * a deputy's or a former one the question does not name, nor the president's when it asks for a vice
 * president.
 */
export function holdsRoleAsked(roleSet: string, asked: ReadonlySet<string>): boolean {
  const rankAsked = [...asked].filter((word) => word.match(RANK));
  return roleSet.split('|').some((role) => {
    const qualifiers = [...role.matchAll(RANK), ...role.matchAll(TIME)].map(([word]) => word);
    return (
      qualifiers.every((word) => asked.has(word)) && rankAsked.every((word) => qualifiers.includes(word))
    );
  });
}
