import type { Gender } from './givenNames.js';

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

// "Former mayor", "then-minister", "ex-president", "the late president", "retired general", "the ousted president",
// "then the defence minister" (the determiner after the word of time goes with it).
const FORMER =
  /^(?:former|ex|then|one-?time|erstwhile|late|retired|previous|deposed|ousted|sacked)(?:\s+(?:the\s+)?|-(?=\p{L}))/iu;
const OWNER = /^(?:the\s+)?[\p{L}\p{N}.&'’-]+(?:\s+\p{Lu}[\p{L}.&'’-]*)*['’]s?\s+/u;
// "incoming chairman", "the next chief executive": not in post yet. ("Outgoing chairman" is: it is still theirs.)
const FUTURE = /^(?:incoming|next)\s+/i;
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
  // "the club's next manager".
  if (owner && FUTURE.test(role.slice(owner.length)))
    return { role: owner + role.slice(owner.length).replace(FUTURE, ''), time: 'future' };
  if (CHOSEN.test(role)) return { role: role.replace(CHOSEN, ''), time: 'future' };
  return { role, time };
}

/** "and former", "and incoming": the word of time of a second role joined to the first. */
const JOINED_IN_TIME =
  /\s+and\s+(?=(?:former|ex|then|one-?time|erstwhile|late|retired|previous|incoming|next)\b)/i;

/**
 * "the company's founder and former chief executive": roles joined by "and" whose second has a word of time
 * of its own are two, each in its time; else the one role of `roleInTime`.
 */
export function rolesInTime(role: string, time: RoleTime = 'current'): TimedRole[] {
  return role.split(JOINED_IN_TIME).map((part) => roleInTime(part, time));
}

/**
 * "The new head of the agency, Carla Ruiz, will start on June 1", "the club's newly appointed manager": a role
 * just given, which a later start puts after the article's date as an appointment's is.
 */
export function isNewlyGiven(written: string): boolean {
  const role = written.replace(/^(?:the|a|an)\s+/i, '');
  const owner = OWNER.exec(role)?.[0] ?? '';
  return /^(?:new|newly[- ](?:appointed|elected|named))\s/i.test(role.slice(owner.length));
}

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * Words that put the start of a post after the article's date: "was appointed director-general last Friday
 * and takes office on April 1", "currently head of womenswear at Davoust, will join Casa Verrini on May 1",
 * "will be sworn in next week", "She starts in June", "will start on June 1", "was named chief executive,
 * effective January 1".
 */
const STARTS_LATER = new RegExp(
  String.raw`\b(?:takes office|(?:will|is to|is due to|is set to) (?:take office|take up (?:the|her|his|their) (?:post|job|role|position)|join|start work|be sworn in|be inaugurated)|(?:starts|begins|(?:will|is to|is due to|is set to) (?:start|begin)) (?:work |the job )?(?:on|in|next|from) |effective (?:from )?(?:${MONTH}|next)\b)`,
);

/**
 * Whether the sentence after a name says its person takes up a post later, before any quotation or verb of
 * saying that would give the words to someone else. `rest` is the sentence's text after the name.
 */
export function startsLater(rest: string): boolean {
  const at = STARTS_LATER.exec(rest)?.index;
  return at !== undefined && !/[“”"‘]|\b(?:said|says|told)\b/.test(rest.slice(0, at));
}

/**
 * Whether the sentence after a name says its person died: "Marguerite Lindahl, the engineer who …, died on
 * Sunday", "X, 74, dies at home", "X, the chairman of Rovers, who died on Sunday", "the architect X, who died
 * in 2015"; not "X, whose wife died in 2010, said". A clause after a semicolon says so with the pronoun of the
 * name's `gender`, if known: "She married the designer Tom Ridley in 1966; he died in 2015". A dead person
 * holds no post.
 */
export function hasDied(rest: string, gender?: Gender): boolean {
  if (
    /^(?:,[^,]*(?:,\s*\d+\s*)?,|,(?=\s*who\s))?\s*(?:who\s+)?(?:has\s+|had\s+)?(?:died|dies|passed away)\b/.test(
      rest,
    )
  )
    return true;
  const pronoun = /^[^;.“”"]*;\s*(he|she)\s+(?:has\s+|had\s+)?died\b/i.exec(rest)?.[1]?.toLowerCase();
  return pronoun !== undefined && (!gender || gender === (pronoun === 'he' ? 'male' : 'female'));
}

/** "The co-founder of Apple Inc. Steve Jobs has died": having founded something is no post, and never ends. */
export function outlivesHolder(role: string): boolean {
  return /\b(?:co-?)?founder\b/i.test(role);
}
