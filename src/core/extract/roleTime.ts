/**
 * When a role is held, as of its article's date: a role a person holds, held before ("former mayor",
 * "then-minister", "resigned as chairman") or will take up ("incoming chairman", "will become director").
 */
export type RoleTime = 'current' | 'former' | 'future';

/** A role as an article gives it, with its time, the words that say the time left out. */
export interface TimedRole {
  role: string;
  time: RoleTime;
  /** Given by a verb of appointment ("was elected mayor again"): held now, whatever was said before. */
  appointed?: true;
}

// "Former mayor", "then-minister", "ex-president", "the late president", "retired general", "then the defence
// minister" (the determiner after the word of time goes with it).
const FORMER = /^(?:former|ex|then|one-?time|erstwhile|late|retired)(?:\s+(?:the\s+)?|-(?=\p{L}))/iu;
const OWNER = /^(?:the\s+)?[\p{L}\p{N}.&'’-]+(?:\s+\p{Lu}[\p{L}.&'’-]*)*['’]s?\s+/u;
// "incoming chairman": not in post yet. ("Outgoing chairman" is: it is still theirs.)
const FUTURE = /^incoming\s+/i;
// "Mayor-elect", "music director designate": chosen, not in post yet.
const CHOSEN = /[-\s](?:elect|designate)$/i;

/** A role written with a word of time before or after it, read as that time; `time` when it has none. */
export function roleInTime(role: string, time: RoleTime = 'current'): TimedRole {
  if (FORMER.test(role)) return { role: role.replace(FORMER, ''), time: 'former' };
  // "the bank's former chief executive": the word of time after whose role it is.
  const owner = OWNER.exec(role)?.[0];
  if (owner && FORMER.test(role.slice(owner.length)))
    return { role: owner + role.slice(owner.length).replace(FORMER, ''), time: 'former' };
  if (FUTURE.test(role)) return { role: role.replace(FUTURE, ''), time: 'future' };
  if (CHOSEN.test(role)) return { role: role.replace(CHOSEN, ''), time: 'future' };
  return { role, time };
}
