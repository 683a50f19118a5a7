import { MONTHS } from '../text/formatDate.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { baseForm } from '../text/baseForm.js';
import { withoutDateline } from '../text/dateline.js';

const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** Words of time that a question about when leaves out: the date is what it asks for. */
const TIME_WORDS = new RegExp(
  `(?:\\b(?:late|early)\\s+)?(?:\\b(?:on|last|next|this)\\s+)?\\b(?:${WEEKDAYS})(?:\\s+(?:morning|afternoon|evening|night))?\\b|\\b(?:yesterday|today|tonight|(?:last|this|next)\\s+(?:week|month|year))\\b`,
  'gi',
);
/** Where one part of a sentence ends: a question is made of one part. */
const PART_END = /[,;:()[\]“”"]|\s[-–—]\s/;
/** A subject made of these says nothing outside its article ("He", "Its chief executive"). */
const VAGUE =
  /^(?:he|she|it|they|we|i|you|his|her|its|their|our|this|that|these|those|there|which|who|one)$/i;
export const ARTICLE = /^(?:the|a|an)$/i;
/**
 * Words that make a subject a clause of its own ("the director who ran …", "the vote was the first …"):
 * no subject then.
 */
const CLAUSE_WORD =
  /^(?:who|whom|whose|which|that|where|when|while|whereas|because|if|is|are|was|were|has|have|had)$/i;
/** Before a verb in the past, these make it another tense ("is committed", "had signed", "to be named"). */
const AUXILIARY = /^(?:is|are|am|be|been|being|has|have|had|will|would|to|not|never)$/i;
/** Words that open a phrase of a noun ("to London", "on the Halcyon deal"). */
export const PREPOSITION = /^(?:of|in|on|at|to|for|with|by|from|about|into|over|under|between|against)$/i;
/** Words a question does not end on. */
const DANGLING =
  /^(?:the|a|an|of|in|on|at|to|for|by|with|from|and|or|as|than|its|their|his|her|that|which)$/i;
/** Words that open another clause, where what the verb did has been said. */
const CLAUSE_OPENER =
  /^(?:when|after|before|because|while|although|since|until|unless|as|where|who|which|whose)$/i;
/** "a year after", "two weeks later": a length of time, which the question leaves out with its number. */
const TIME_UNIT = /^(?:years?|months?|weeks?|days?|hours?|minutes?)$/i;
/** A date's own words: another date of the sentence, not the one asked about. */
const DATE_WORD = new RegExp(`^(?:${MONTHS.join('|')}|\\d{1,4}(?:st|nd|rd|th)?)$`, 'i');
const MAX_SUBJECT = 7;
const MAX_OBJECT = 8;

/**
 * A question in words about the date of an event, from the clause its date belongs to and the date as
 * written there: "In April 2020, the Council of Europe asked Kazakhstan to join" → "When did the Council of
 * Europe ask Kazakhstan to join?", "The dispute was referred to the authority on Tuesday" → "When was the
 * dispute referred to the authority?". `undefined` when no part of the clause reads as a subject, a verb in
 * the past whose base form is known, and what follows.
 */
export function whenQuestion(clause: string, dateText: string): string | undefined {
  const date = escapeRegExp(dateText);
  const withoutDate = date
    ? clause.replace(new RegExp(`(?:\\b(?:in|on|at|by|since|from|until|during)\\s+)?${date}`, 'gi'), ' ')
    : clause;
  const text = withoutDateline(withoutDate).replace(TIME_WORDS, ' ');
  for (const part of text.split(PART_END)) {
    const question = partQuestion(
      part
        .replace(/[.!?]+\s*$/, '')
        .split(/\s+/)
        .filter((word) => word !== ''),
    );
    if (question) return question;
  }
  return undefined;
}

function partQuestion(words: string[]): string | undefined {
  for (let at = 1; at < words.length; at++) {
    const verb = words[at]!;
    const base = baseForm(verb);
    if (base === undefined || AUXILIARY.test(words[at - 1]!)) continue;
    const passive = /^(?:was|were)$/i.test(words[at - 1]!);
    const subject = words.slice(0, passive ? at - 1 : at);
    if (!isSubject(subject)) continue;
    const object = objectOf(words.slice(at + 1));
    if (object === undefined) continue;
    // "The dispute" begins a sentence; "the dispute" goes inside a question.
    const [first, ...rest] = subject;
    const subjectWords = [ARTICLE.test(first!) ? first!.toLowerCase() : first!, ...rest];
    const asked = passive
      ? [words[at - 1]!.toLowerCase(), ...subjectWords, verb, ...object]
      : ['did', ...subjectWords, base, ...object];
    return `When ${asked.join(' ')}?`;
  }
  return undefined;
}

/**
 * Whether words can be the subject of a question: a few words that begin with an article or a name, not with
 * a pronoun, that hold none and open no clause of their own, and not a capitalised word before lower-case ones ("Talks between …", which would read "When
 * did Talks between …").
 */
function isSubject(words: string[]): boolean {
  const [first, second] = words;
  if (!first || words.length > MAX_SUBJECT || VAGUE.test(first)) return false;
  if (words.some((word) => CLAUSE_WORD.test(word) || VAGUE.test(word))) return false;
  if (ARTICLE.test(first)) return words.length > 1 && !VAGUE.test(second!);
  if (!/^\p{Lu}/u.test(first) || /^\p{Lu}+$/u.test(first)) return false;
  if (second === undefined || /^\p{Lu}/u.test(second)) return true;
  return /^(?:of|and|for)$/.test(second) && /^\p{Lu}/u.test(words[2] ?? '');
}

/**
 * What follows the verb, up to another date or clause and a few words at most, without a dangling word;
 * `undefined` when it cannot be cut short.
 */
function objectOf(words: string[]): string[] | undefined {
  const end = words.findIndex(
    (word, i) =>
      DATE_WORD.test(word) ||
      CLAUSE_OPENER.test(word) ||
      !/^[\p{L}\p{M}'’-]+$/u.test(word) ||
      TIME_UNIT.test(words[i + 1] ?? ''),
  );
  let kept = end < 0 ? words : words.slice(0, end);
  if (kept.length > MAX_OBJECT) {
    // Too long to ask: up to the last preposition that leaves it short ("approval of the new Action Plan").
    const cut = kept.slice(1, MAX_OBJECT + 1).findLastIndex((word) => PREPOSITION.test(word));
    if (cut < 0) return undefined;
    kept = kept.slice(0, cut + 1);
  }
  while (kept.length > 0 && DANGLING.test(kept[kept.length - 1]!)) kept.pop();
  return kept;
}
