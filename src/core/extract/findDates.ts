import type * as Chrono from 'chrono-node';
import { createRequire } from 'node:module';
import { MONTHS } from '../text/formatDate.js';
import { COUNT_WORDS, NEVER_NAMES, OCCURRENCE_VERBS } from './lexicon.js';
import type { Anchor, DateParts, RelativeDate, Tense } from './resolveDate.js';
import { format, pad, parseIsoDay, resolveDate, yearOfTwoDigits } from './resolveDate.js';

let chrono: typeof Chrono | undefined;

/**
 * chrono-node, loaded on the first sentence that may hold a date: loading it takes a third of a second,
 * which a start from the cache, with nothing to extract, need not pay.
 */
function chronoNode(): typeof Chrono {
  chrono ??= createRequire(import.meta.url)('chrono-node') as typeof Chrono;
  return chrono;
}

/** A date expression of a sentence and its ISO value (see `resolveDate`). */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  iso: string;
}

// Relative expressions are computed by chrono against this stand-in when the article has no date, then
// turned back into offsets, so that they are resolved against the real date or not at all.
const STAND_IN = new Date(Date.UTC(2000, 5, 15, 12));

/** Words after a number that make it a count ("2000 jobs"), not a year. */
const COUNT_NOUNS = new Set(
  `jobs people workers employees staff dealers dealerships cars vehicles trucks units shares points aircraft
  planes jets seats barrels tonnes tons miles kilometres kilometers km feet metres meters dollars euros pounds
  yen members students troops soldiers deaths cases votes homes households companies stores plants machines
  pieces copies times hours minutes days weeks months years passengers flights routes customers users
  delegates participants residents children women men families acres hectares words pages`.split(/\s+/),
);

/**
 * "in the 1970s", "since the late 1970s and 1980s", "the rest of the 1950s": the years of a decade, or of two,
 * as a range ("1970/1989"); not a decade that tells what a thing is about ("a play about the 1950s cod wars").
 */
const DECADES =
  /(?<=\b(?:in|during|since|from|until|till|by|through|throughout|to|between|(?:rest|end|start|beginning|middle|most|much|part) of)\s+)the\s+(?:(?:early|mid|late)[-\s]+)?((?:1[5-9]|20)\d0)s(?:\s+and\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?((?:1[5-9]|20)\d0)s)?\b/gi;
const BARE_YEAR =
  /(?<![\p{L}\d$€£¥.,/#-])(1[89]\d\d|20\d\d)(?:\s?[-–]\s?((?:1[89]|20)?\d\d))?(?![\d%]|[.,]\d|-\d|\s?(?:s\b|’s|'s))/gu;
/**
 * A modal or a plan: the clause speaks of what is to come, whatever else it says; not "could be to blame",
 * which judges what was.
 */
const FUTURE_CUES =
  /\b(will|won['’]t|shall|going to|(?:plans?|planned|planning|expects?|expected|intends?|intended|aims?|aimed|wants?|scheduled|set|due) to|(?:scheduled|slated|planned|set|due) for|to be held|upcoming|forthcoming|would|is to|are to|later this|(?:may|might|could) be\b(?!\s+to\b))\b|['’]ll\b/i;
/**
 * A word right before the date that points forward ("until Friday", "by early June", "starting July 1",
 * "effective July 1"): like the verb a date hangs on, it outweighs the tense of the rest of the sentence
 * ("has continued to hold the markets closed until Friday").
 */
const FORWARD_PREPOSITION =
  /\b(until|till|by|(?<!\b(?:shortly|just|soon|right|well|long|moments?|minutes?|hours?)\s+)before|next|coming|starting|beginning|effective|expected|scheduled|planned|slated)\s+(?:on\s+|from\s+|for\s+|in\s+)?(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?$/i;
/**
 * "set April 3 for a hearing", "fixed the vote for June 5": a verb that gives something a date gives it one
 * ahead, whatever the tense of the rest ("The court ordered … and set April 3 for a hearing").
 */
const SETS_A_DATE =
  /\b(?:set|sets|fixed|fixes)\s+(?:(?:the|a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+){1,2}for\s+|for\s+)?$/iu;
/**
 * "… a Romanian official said Friday", "was signed on June 24", "signed in June": the verb the date belongs to decides, whatever
 * came before it; a present passive ("is expected on Monday") does not look back.
 */
const HANGS_ON_PAST_VERB =
  /(?<!\b(?:is|are|am|be|been|being)\s+)\b(?!(?:expected|scheduled|planned|slated)\b)(said|says|announced|reported|told|\w+ed)\s+(?:on\s+|in\s+)?$/i;
/** "a concert planned for Saturday", "the vote scheduled on June 2": a plan's participle right before its date. */
const PLANNED_FOR = /\b(?:planned|scheduled|slated|due)\s+(?:for|on)\s+(?:early\s+|mid-?\s*|late\s+)?$/i;
/** "from July 1 on", "from Monday onwards": the start of a period still ahead. */
const FROM_ON = {
  before: /\bfrom\s+$/i,
  after: /^\s*(?:onwards?\b|on\b(?!\s+(?:the|a|an|its|his|her|their)\b))/i,
};
/** "since June": a period that began before the article. */
const SINCE = /\bsince\s+(?:early\s+|mid-?\s*|late\s+)?$/i;
/**
 * "next" before a thing ("the next hearing is on June 2"), not before a time ("the next day, he resigned"):
 * it points ahead, but less than a verb does ("the next hearing was held on June 2").
 */
const NEXT_THING =
  /\bnext\s+(?!(?:day|morning|afternoon|evening|night|week|weekend|month|year|time)\b)\p{L}/iu;
/** Clauses are joined by semicolons, colons and spaced dashes; a verb of another clause says nothing of the date. */
const CLAUSE_BREAK = /[;:]\s|\s[–—]\s/;
/**
 * Past forms that do not end in -ed, participles ("the decision taken on June 2") and words that look back,
 * none of them also a present form ("set", "put" and "read" are both).
 */
const PAST_FORMS = new Set(
  `was were had did been ago yesterday earlier began became brought bought built came caught chose drew drove
  ate fell felt fought found fled flew forgot froze gave went grew held heard hid kept knew led lost made
  meant met paid ran rang rode rose said sang sat saw sent shook slept sold sought spent spoke stood stole
  struck swore took taught told thought threw understood woke won wore wrote withdrew oversaw begun taken
  given seen fallen risen written spoken chosen driven broken stolen drawn flown grown known shown thrown
  done gone`.split(/\s+/),
);
/** Words ending in -ed that are no past form. */
const NOT_PAST = new Set(
  `hundred red bed shed need speed seed feed weed greed breed indeed proceed exceed succeed sacred naked
  wicked kindred rugged wretched`.split(/\s+/),
);
/**
 * Words after which an -ed word or a participle is no past tense: an adjective ("the proposed law", "remain
 * closed"), a present passive ("is based") or a present perfect, which reaches up to the article ("has warned
 * that it might run out of money by March").
 */
const NOT_A_TENSE_BEFORE = new Set(
  `is are am be being been has have having the a an its his her their our this these those remain remains stay stays
  seem seems become becomes get gets keep keeps`.split(/\s+/),
);
/** Adverbs that may stand between an auxiliary and its participle ("has already closed"). */
const BETWEEN_AUXILIARY = /^(?:\p{L}+ly|also|already|not|just|now|never|ever|yet|still|since)$/iu;

/**
 * "late in the day", "the start of the day", "ending the day": the day the narrative is on. The period of
 * the day is kept in the text; a verb before "the day" is not.
 */
const THE_DAY =
  /\b(?:(?:early|earlier|late|later) in|(?:the )?(?:start|end|close|rest|beginning|middle|course) of) the day\b|(?<=\b(?:end|ended|ending|ends|start|started|starting|starts|close|closed|closing|closes|finish|finished|finishing|finishes) )the day\b(?! (?:before|after)\b)/gi;
/** "since the start of this year": the first day of the year. */
const START_OF = /\b(?:the )?(?:start|beginning) of $/i;
/**
 * Words after a date that put it ahead of the article: "a June 3 hearing has been scheduled", "a June 1
 * deadline", "starting on October 1 regulators will lower …" (a future verb a few words on).
 */
const FUTURE_AFTER =
  /^[^.;]*?\b(?:scheduled|slated|deadline|due)\b|^,?\s+(?:[\p{L}'’-]+\s+){0,2}(?:will|is to|are to)\b/iu;

/**
 * A word every expression chrono can give a date to contains: a month, a weekday, a casual day ("today",
 * "ago"), a unit ("last year"), or digits joined like a date ("7/8/07", "2024-04-05"). Most sentences of
 * news have none, and chrono's parsers are most of the cost of extraction, so they are only run past this.
 */
const MAY_HOLD_A_DATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|tonight|tomorrow|tmr|yesterday|now|ago|noon|midnight|morning|afternoon|evening|night|days?|weeks?|months?|years?|quarters?|decades?|fortnights?|weekends?|hours?|minutes?|seconds?)\b|\d[/.:-]\d/i;

/**
 * Every date expression of a sentence that can be given a value, in text order. `narrativeDay` is the day
 * the article last spoke of (the latest full date before this sentence): "the day" refers to it, or to the
 * article's date when there is none. `dateBefore` is the last date of the sentence before: "One year later"
 * opening a sentence counts from it.
 */
export function findDates(
  sentence: string,
  articleDate?: string,
  narrativeDay?: string,
  dateBefore?: string,
): DateMention[] {
  const reference = (articleDate && parseIsoDay(articleDate)) || STAND_IN;
  const referenceNoon = new Date(reference.getTime() + 12 * 3_600_000);
  const mentions: DateMention[] = [];
  const results = MAY_HOLD_A_DATE.test(sentence)
    ? chronoNode()
        .en.parse(sentence, { instant: referenceNoon, timezone: 0 })
        .flatMap((result) => periodEnd(result, referenceNoon) ?? [result])
    : [];
  const spans: CountedSpan[] = [];
  for (const result of results) {
    const text = result.text.replace(/[,\s]+$/, '');
    // chrono reads the odd letter as a time unit ("in the S&P 500"): a date names a day, month or unit.
    if (!MAY_HOLD_A_DATE.test(text) || isLowercaseDateName(text)) continue;
    const span = countedSpan(text, result.index);
    if (span) {
      spans.push(span);
      continue;
    }
    const parts = interpret(result, text, referenceNoon);
    if (
      !parts ||
      namesAHistoricDay(sentence, result.index, parts) ||
      countsSinceLast(sentence, result.index, text) ||
      AFTER_A_SPAN.test(text) ||
      isEveryWeek(parts, sentence.slice(result.index + result.text.length))
    )
      continue;
    // chrono keeps "next" in "next Friday" but leaves it out of "next June".
    const written = /^(this|last|next)\s/i.exec(text)?.[1];
    const before = sentence.slice(Math.max(0, result.index - 6), result.index);
    const anchor = (written ?? /\b(this|last|next)\s+$/i.exec(before)?.[1])?.toLowerCase() as
      Anchor | undefined;
    const anchored = !('unit' in parts) && parts.year === undefined ? anchor : undefined;
    // chrono reads "February last year" as two dates, "February" and "last year": they are one.
    if (mentions.some((m) => m.end > result.index)) continue;
    const after = sentence.slice(result.index + result.text.length);
    const yearWords = YEAR_AFTER.exec(after);
    const dated = withYearAfter(parts, yearWords, referenceNoon);
    const stated = withYearOfEvent(dated, sentence.slice(0, result.index), referenceNoon);
    const tense = tenseOf(sentence.slice(0, result.index), after, articleDate);
    let iso = resolveDate(stated, articleDate, tense, anchored);
    if (!iso) continue;
    // "by the end of October", "the end of this month" are a month, not its last day.
    if (/^end of\s+(?:th(?:e|is)\s+)?\p{L}+$/iu.test(text) && /^\d{4}-\d{2}-\d{2}$/.test(iso))
      iso = iso.slice(0, 7);
    iso = withRangeEnd(iso, result);
    // "this June" is shown as written, anchor word included; so is "the start of" a year, which is its first day.
    let start = anchored && !written ? result.index - anchored.length - 1 : result.index;
    const startOf = START_OF.exec(sentence.slice(Math.max(0, start - 24), start));
    if (startOf && /^\d{4}$/.test(iso)) {
      iso = `${iso}-01-01`;
      start -= startOf[0].length;
    }
    const end =
      dated === parts ? result.index + text.length : result.index + result.text.length + yearWords![0].length;
    mentions.push({ text: sentence.slice(start, end), start, end, iso });
  }
  const day = narrativeDay ?? articleDate;
  // The cheap test first: THE_DAY's lookbehind is tried at every position of every sentence.
  if (day && /the day\b/i.test(sentence) && parseIsoDay(day)) {
    for (const match of sentence.matchAll(THE_DAY)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!overlapsAny(mentions, start, end)) mentions.push({ text: match[0], start, end, iso: day });
    }
  }
  if (/\bof th(?:e|is) (?:year|month)\b/i.test(sentence))
    for (const mention of endsOfThisYear(sentence, articleDate, narrativeDay, mentions))
      mentions.push(mention);
  if (/\b(?:christmas|new year|boxing|hallowe|valentine)/i.test(sentence))
    for (const mention of holidays(sentence, articleDate, mentions)) mentions.push(mention);
  if (/\d0s\b/.test(sentence)) {
    for (const match of sentence.matchAll(DECADES)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlapsAny(mentions, start, end)) continue;
      const last = Number(match[2] ?? match[1]) + 9;
      mentions.push({ text: match[0], start, end, iso: `${match[1]}/${last}` });
    }
  }
  for (const match of sentence.matchAll(BARE_YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlapsAny(mentions, start, end)) continue;
    const after = /^\s*([\p{L}]+)/u.exec(sentence.slice(end))?.[1] ?? '';
    if (COUNT_NOUNS.has(after.toLowerCase())) continue;
    const end2 = match[2]
      ? Number(match[2].length === 2 ? match[1]!.slice(0, 2) + match[2] : match[2])
      : undefined;
    if (end2 !== undefined && end2 <= Number(match[1])) continue; // "1990-80" is no range of years
    mentions.push({
      text: match[0],
      start,
      end,
      iso: end2 === undefined ? match[1]! : `${match[1]}/${end2}`,
    });
  }
  if (/['’‘]\d\d/.test(sentence))
    for (const year of twoDigitYears(sentence, articleDate, mentions)) mentions.push(year);
  joinRanges(sentence, mentions);
  for (const span of [...spans, ...theOnesBeforeOrAfter(sentence)].sort((a, b) => a.start - b.start)) {
    const overlapping = mentions.findIndex(
      (m) => m.start < span.start + span.text.length && span.start < m.end,
    );
    // chrono counts "the next day" from the article's date; from a date the sentence named, it is that date's.
    if (overlapping >= 0 && !NEXT_FROM_ARTICLE.test(mentions[overlapping]!.text)) continue;
    const mention = countedFromDateBefore(span, sentence, mentions, dateBefore);
    if (mention && overlapping >= 0) mentions.splice(overlapping, 1, mention);
    else if (mention) mentions.push(mention);
  }
  sameTimeLastYear(sentence, mentions);
  ofThatYear(sentence, mentions);
  return todayAsWritten(
    mentions.sort((a, b) => a.start - b.start),
    articleDate,
  );
}

/**
 * "in the year to March 2009", "the six months to June": a period named by its end, which is its date (chrono
 * reads the period as counted from the article's date, with the end as its start).
 */
const PERIOD_TO =
  /^(?:in |for |over |during )?the (?:year|quarter|half|(?:\w+|\d+) (?:months|weeks|quarters)) (?:to|ending|ended)\s+/i;

function periodEnd(result: Chrono.ParsedResult, reference: Date): Chrono.ParsedResult[] | undefined {
  const lead = PERIOD_TO.exec(result.text);
  if (!lead) return undefined;
  // Blanks in place of what comes before keep the offsets of the end's result those of the sentence.
  const end = ' '.repeat(result.index + lead[0].length) + result.text.slice(lead[0].length);
  return chronoNode().en.parse(end, { instant: reference, timezone: 0 });
}

/**
 * "by the end of the year", "at the close of this month": the year (or month) the article or its narrative is
 * in: a plan's is the article's, a past narrative's the one it last named.
 */
const END_OF_THIS =
  /\b(?:the )?(?:end|close|rest|remainder|middle) of th(?:e|is) (year|month)\b(?!['’]s| (?:before|after|of|in)\b)/gi;

function endsOfThisYear(
  sentence: string,
  articleDate: string | undefined,
  narrativeDay: string | undefined,
  mentions: DateMention[],
): DateMention[] {
  const found: DateMention[] = [];
  for (const match of sentence.matchAll(END_OF_THIS)) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlapsAny(mentions, start, end)) continue;
    const future = tenseOf(sentence.slice(0, start), sentence.slice(end), articleDate) === 'future';
    const day = (future ? articleDate : (narrativeDay ?? articleDate)) ?? '';
    if (!parseIsoDay(day)) continue;
    const iso = match[1]!.toLowerCase() === 'year' ? day.slice(0, 4) : day.slice(0, 7);
    found.push({ text: match[0], start, end, iso });
  }
  return found;
}

/** Holidays on a fixed day of the year, by name: month and day. */
const HOLIDAYS: Record<string, [number, number]> = {
  'christmas eve': [12, 24],
  christmas: [12, 25],
  'christmas day': [12, 25],
  'boxing day': [12, 26],
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
  halloween: [10, 31],
  "valentine's day": [2, 14],
};
/**
 * "over Christmas", "until last Christmas", "a lost Christmas,": a holiday's name as a date, after a preposition
 * or an anchor word or ending its phrase; not one that tells what a thing is ("Christmas shopping").
 */
const HOLIDAY =
  /(?:\b(at|over|before|after|until|till|since|by|on|for|from|around|during|through|of|last|this|next)\s+)?\b(christmas(?: eve| day)?|boxing day|new year['’]s (?:eve|day)|hallowe['’]?en|valentine['’]s day)\b(?!['’]s)/gi;

function holidays(sentence: string, articleDate: string | undefined, mentions: DateMention[]): DateMention[] {
  const found: DateMention[] = [];
  for (const match of sentence.matchAll(HOLIDAY)) {
    const name = match[2]!;
    const start = match.index + match[0].length - name.length;
    const end = start + name.length;
    const after = sentence.slice(end);
    if (!match[1] && !/^\s*(?:[,.;:!?)”"]|$|(?:and|or|but|when|was|is|will|had|has)\b)/.test(after)) continue;
    if (overlapsAny(mentions, start, end)) continue;
    const key = name.toLowerCase().replace(/['’]/g, "'").replace("hallowe'en", 'halloween');
    const [month, day] = HOLIDAYS[key]!;
    const anchor = /^(?:last|this|next)$/i.test(match[1] ?? '')
      ? (match[1]!.toLowerCase() as Anchor)
      : undefined;
    const tense = tenseOf(sentence.slice(0, start), after, articleDate);
    const iso = resolveDate({ month, day }, articleDate, tense, anchor);
    const from = anchor ? match.index : start;
    if (iso) found.push({ text: sentence.slice(from, end), start: from, end, iso });
  }
  return found;
}

/**
 * "three years later", "two weeks earlier", "three days after a tunnel collapse": a span counted from the date
 * before it in the sentence, not from the article's (chrono counts from the article's).
 */
interface CountedSpan {
  text: string;
  start: number;
  unit: 'day' | 'week' | 'month' | 'year';
  /** Signed: "later" counts forward from the date before; "after" dates the event named next, which is earlier. */
  offset: number;
  /** Whether only the date right before counts ("after" and "before" an event), or any date before. */
  adjacent: boolean;
}

const COUNTED = /^(\S+)\s+(day|week|month|year)s?\s+(later|earlier|after|before)$/i;

function countedSpan(text: string, start: number): CountedSpan | undefined {
  const match = COUNTED.exec(text);
  if (!match) return undefined;
  const word = match[1]!.toLowerCase();
  const count = /^\d{1,3}$/.test(word) ? Number(word) : COUNT_WORDS[word];
  if (!count) return undefined;
  const sign = /^(?:later|before)$/i.test(match[3]!) ? 1 : -1;
  const unit = match[2]!.toLowerCase() as CountedSpan['unit'];
  return { text, start, unit, offset: sign * count, adjacent: /^(?:after|before)$/i.test(match[3]!) };
}

/**
 * "the previous year", "the year before", "the month previous": the year or month before the one the sentence
 * named before (chrono reads none of them, or reads them from the article's date). Not "the year before the
 * war", which counts from an event.
 */
const THE_ONE_BEFORE =
  /\bthe (?:previous|preceding|prior) (year|month)\b|\bthe (year|month) (?:before|previous|earlier)\b(?!\s+(?:last\b|\p{L}+\s+\p{L}))/giu;
/** "the following day", "the next year": the day or year after the one the sentence named before. */
const THE_ONE_AFTER = /\bthe (?:following|next) (day|month|year)\b/giu;

function theOnesBeforeOrAfter(sentence: string): CountedSpan[] {
  const spans = (pattern: RegExp, offset: number) =>
    [...sentence.matchAll(pattern)].map((match) => ({
      text: match[0],
      start: match.index,
      unit: (match[1] ?? match[2])!.toLowerCase() as 'day' | 'year' | 'month',
      offset,
      adjacent: false,
    }));
  return [...spans(THE_ONE_BEFORE, -1), ...spans(THE_ONE_AFTER, 1)];
}

/**
 * The date of a counted span (see `CountedSpan`), at the precision of its unit, from the last date before it
 * when that is as precise: before "later" or "earlier" anywhere ("became conductor in 2003 and was named
 * director three years later"), before "after" or "before" right before it ("resigned on Wednesday, three
 * days after a collapse"), as the event after those words may be dated from another date.
 */
function countedFromDateBefore(
  span: CountedSpan,
  sentence: string,
  mentions: DateMention[],
  dateBefore: string | undefined,
): DateMention | undefined {
  // "He built the first Mac in 1984. One year later he was fired": a sentence opening on the span continues
  // from the date the one before ended on.
  const opening = !span.adjacent && /^\W*$/.test(sentence.slice(0, span.start)) && dateBefore;
  const anchor =
    mentions.findLast((m) => m.end <= span.start) ?? (opening ? { iso: opening, end: 0 } : undefined);
  if (!anchor || !/^\d{4}(?:-\d{2}){0,2}$/.test(anchor.iso)) return undefined;
  if (span.adjacent && !/^,?\s*$/.test(sentence.slice(anchor.end, span.start))) return undefined;
  const precision = { year: 4, month: 7, week: 10, day: 10 }[span.unit];
  if (anchor.iso.length < precision) return undefined;
  const reference = `${anchor.iso}-01-01`.slice(0, 10);
  const iso =
    span.unit === 'week'
      ? resolveDate({ unit: 'day', offset: span.offset * 7 }, reference)
      : resolveDate({ unit: span.unit, offset: span.offset }, reference);
  return iso ? { text: span.text, start: span.start, end: span.start + span.text.length, iso } : undefined;
}

/** chrono's reading of "the next day", counted from the article's date. */
const NEXT_FROM_ARTICLE = /^next (?:day|month|year)$/i;

/** "… of that year", "… of the same year" right after a month: the year the sentence named before. */
const OF_THAT_YEAR = /^(?:\s+of)?\s+(?:that|the same) year\b/i;

/**
 * "It was fined in 2017 after a leak in March of that year": the month is of the year named before it
 * (chrono reads "March of" as the article's year, or the one before).
 */
function ofThatYear(sentence: string, mentions: DateMention[]): void {
  mentions.forEach((mention, i) => {
    const month = /^(\d{4})(-\d{2}(?:-\d{2})?)$/.exec(mention.iso);
    const text = mention.text.replace(/\s+of$/i, '');
    const tail = OF_THAT_YEAR.exec(sentence.slice(mention.start + text.length));
    if (!month || !tail) return;
    const named = mentions
      .filter((m) => m.end <= mention.start && /^\d{4}/.test(m.iso))
      .sort((a, b) => a.start - b.start)
      .at(-1);
    if (!named) return;
    const end = mention.start + text.length + tail[0].length;
    mentions[i] = {
      ...mention,
      text: sentence.slice(mention.start, end),
      end,
      iso: named.iso.slice(0, 4) + month[2],
    };
  });
}

/** "the same period last year": a time the sentence names before, a year back. */
const THE_SAME = /\bthe same (?:period|month|time|day|week|season) (?:of |in )?$/i;

/**
 * "sales rose 43% in February compared to the same period last year": "last year" after "the same period"
 * is the month or day named before it in the sentence, a year back (2009-02, not 2009).
 */
function sameTimeLastYear(sentence: string, mentions: DateMention[]): void {
  mentions.forEach((mention, i) => {
    if (!/^last year$/i.test(mention.text) || !/^\d{4}$/.test(mention.iso)) return;
    const same = THE_SAME.exec(sentence.slice(0, mention.start));
    const named = mentions.slice(0, i).findLast((m) => /^\d{4}-\d{2}(?:-\d{2})?$/.test(m.iso));
    if (!same || !named) return;
    const start = same.index;
    const iso = `${Number(named.iso.slice(0, 4)) - 1}${named.iso.slice(4)}`;
    mentions[i] = { text: sentence.slice(start, mention.end), start, end: mention.end, iso };
  });
}

/**
 * "joined a march through the city", "will march to parliament", "an august body", "she sat with her hands
 * folded": news writes a month or a weekday with a capital, so one alone in lower case is another word.
 */
function isLowercaseDateName(text: string): boolean {
  return (
    /^\p{Ll}{3,}$/u.test(text) &&
    [...MONTHS, ...WEEKDAY_NAMES].some((name) => name.toLowerCase().startsWith(text))
  );
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "today" and the parts of it, which are the article's day unless the sentence says which day it speaks of. */
const TODAY = /^(?:today|tonight|this (?:morning|afternoon|evening))$/i;

/**
 * "In a press conference on June 1st, …, General Motors, which filed for bankruptcy earlier today, …": a
 * sentence that writes out a day before its "today" speaks of that day, not of the day it was published.
 */
function todayAsWritten(mentions: DateMention[], articleDate: string | undefined): DateMention[] {
  return mentions.map((mention, i) => {
    if (!TODAY.test(mention.text) || mention.iso !== articleDate) return mention;
    const day = mentions
      .slice(0, i)
      .reverse()
      .find((m) => /\d/.test(m.text) && /^\d{4}-\d{2}-\d{2}$/.test(m.iso));
    return day ? { ...mention, iso: day.iso } : mention;
  });
}

/**
 * "the class of '82", "in '98": an apostrophe and two digits after a word that governs a year. The word is
 * required, and a letter, digit, quotation mark or percent after the digits forbids it, so that a quotation
 * opening with a number ("‘45 minutes is too long’") is no year.
 */
const TWO_DIGIT_YEAR =
  /(?<=\b(?:of|in|since|from|until|till|through|to|and|or|between|by|before|after|during|circa|class|vintage|spring|summer|autumn|fall|winter)\s+)['’‘](\d\d)(?![\p{L}\d'’%]|[.,]\d)/giu;

/** The two-digit years of a sentence (see TWO_DIGIT_YEAR) that no other date covers and that count nothing. */
function twoDigitYears(
  sentence: string,
  articleDate: string | undefined,
  mentions: DateMention[],
): DateMention[] {
  const found: DateMention[] = [];
  for (const match of sentence.matchAll(TWO_DIGIT_YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    const year = yearOfTwoDigits(Number(match[1]), articleDate);
    if (year === undefined || overlapsAny(mentions, start, end)) continue;
    const after = /^\s*([\p{L}]+)/u.exec(sentence.slice(end))?.[1] ?? '';
    if (!COUNT_NOUNS.has(after.toLowerCase())) found.push({ text: match[0], start, end, iso: String(year) });
  }
  return found;
}

/**
 * "Feb. 16-17", "from February 12 to March 27", "from March to May": chrono reads the end of a range of days
 * or months, which makes the date a range (`2009-02-16/2009-02-17`), in the start's year (or the next, when it
 * comes round the year).
 */
function withRangeEnd(iso: string, result: Chrono.ParsedResult): string {
  const end = result.end;
  if (!end || !end.isCertain('month')) return iso;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  if (day ? !end.isCertain('day') : !/^\d{4}-\d{2}$/.test(iso) || end.isCertain('day')) return iso;
  const [year, month] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  const endMonth = end.get('month')!;
  const endYear = endMonth < month ? year + 1 : year;
  const last = format(endYear, endMonth, day ? end.get('day')! : undefined);
  return last > iso ? `${iso}/${last}` : iso;
}

/**
 * "between 2014 and 2016", "from 2009 to 2011", "between May 3 and May 9": two dates of one precision that
 * bound one period are one range (`2014/2016`). A start that states no year has the end's ("between March and
 * June last year"), or the one before when it comes round the year ("between December and February 2010").
 */
const RANGE_OPENER = /\b(?:between|from)\s+$/i;
const RANGE_JOINER = /^\s+(?:and|to|through|until|till|into)\s+$/i;

function joinRanges(sentence: string, mentions: DateMention[]): void {
  mentions.push(...missedRangeStarts(sentence, mentions));
  mentions.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [from, to] = [mentions[i]!, mentions[i + 1]!];
    const single = (iso: string) => /^\d{4}(?:-\d{2}){0,2}$/.test(iso);
    if (!single(from.iso) || from.iso.length !== to.iso.length) continue;
    const start = statesAYear(from) ? from.iso : inYearOf(from.iso, to.iso);
    if (to.iso <= start) continue;
    if (!RANGE_JOINER.test(sentence.slice(from.end, to.start))) continue;
    if (!RANGE_OPENER.test(sentence.slice(Math.max(0, from.start - 10), from.start))) continue;
    mentions.splice(i, 2, {
      text: sentence.slice(from.start, to.end),
      start: from.start,
      end: to.end,
      iso: `${start}/${to.iso}`,
    });
  }
}

function statesAYear(mention: DateMention): boolean {
  return mention.iso.length === 4 || /\d{4}|['’‘]\d\d|\byear\b/i.test(mention.text);
}

/** A month or day (`MM` or `MM-DD` after the year) in the year of the end of its range, or the year before. */
function inYearOf(iso: string, end: string): string {
  const year = Number(end.slice(0, 4));
  return `${iso.slice(5) > end.slice(5) ? year - 1 : year}${iso.slice(4)}`;
}

/**
 * "between May and July", "between 3 and 17 April": chrono reads no "May" that stands alone, as it may be the
 * verb, nor a day's number without its month; after "between" or "from" and before "and" or "to" and a month,
 * or a day of one, they are the start of a range.
 */
const RANGE_START = new RegExp(
  `\\b(?:between|from)\\s+(${MONTHS.join('|')}|\\d{1,2})(?:st|nd|rd|th)?\\s+(?:and|to|through|until|till)\\s+$`,
  'i',
);

function missedRangeStarts(sentence: string, mentions: DateMention[]): DateMention[] {
  const found: DateMention[] = [];
  for (const mention of mentions) {
    const match = RANGE_START.exec(sentence.slice(0, mention.start));
    const iso = match && rangeStart(match[1]!, mention);
    if (!iso) continue;
    const start = match.index + match[0].indexOf(match[1]!, 4);
    const end = start + match[1]!.length;
    if (!overlapsAny(mentions, start, end)) found.push({ text: match[1]!, start, end, iso });
  }
  return found;
}

/** The start a month's name or a day's number gives a range that ends on `end`'s month or day written out. */
function rangeStart(word: string, end: DateMention): string | undefined {
  if (/^\d+$/.test(word)) {
    const startsWithDay = /^\d{1,2}(?:st|nd|rd|th)?\s+\p{L}/u.test(end.text);
    return startsWithDay && /^\d{4}-\d{2}-\d{2}$/.test(end.iso)
      ? `${end.iso.slice(0, 8)}${pad(Number(word))}`
      : undefined;
  }
  if (!/^\d{4}-\d{2}$/.test(end.iso)) return undefined;
  const month = MONTHS.findIndex((name) => name.toLowerCase() === word.toLowerCase()) + 1;
  return `${end.iso.slice(0, 4)}-${pad(month)}`;
}

const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/;

/** What a chrono result states; `undefined` for what has no calendar value (durations, weeks, times alone, "now"). */
function interpret(
  result: Chrono.ParsedResult,
  text: string,
  reference: Date,
): DateParts | RelativeDate | undefined {
  const lower = text.toLowerCase();
  const c = result.start;
  if (
    /^(now|a day)$/.test(lower) ||
    /^(?:in |on |at |by )?the (day|week|month|year)\b/.test(lower) ||
    /^(for|over|within|past|next \d|in the next)\b/.test(lower) ||
    // "in the last 100 years", "the past two months": how long, not when.
    /^(?:the )?(?:last|past|next) (?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty) \w+s$/.test(
      lower,
    )
  )
    return undefined;
  if (/\bweeks?\b/.test(lower)) return undefined;
  const relative =
    result.tags().has('result/relativeDate') ||
    [...result.tags()].some((t) => t.startsWith('casualReference'));
  // "on Thursday evening", "Wednesday night": a weekday, which chrono tags as a casual time of day.
  if (relative && c.isCertain('weekday') && WEEKDAY.test(lower)) return { weekday: c.get('weekday')! };
  if (relative) {
    // "two days after the court ruled" counts from another event, not from the article's date.
    if (lower.includes('now') || /\b(after|before|later)$/.test(lower)) return undefined;
    const y = c.get('year')!;
    const m = c.get('month')!;
    if (/\byears?\b/.test(lower)) return { unit: 'year', offset: y - reference.getUTCFullYear() };
    if (/\bmonths?\b/.test(lower))
      return {
        unit: 'month',
        offset: (y - reference.getUTCFullYear()) * 12 + m - 1 - reference.getUTCMonth(),
      };
    // "this morning" is today's; another time of day chrono cannot vouch for is no date.
    if (!c.isCertain('day') && !TODAY.test(lower)) return undefined;
    const day = Date.UTC(y, m - 1, c.get('day')!);
    const ref = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
    return { unit: 'day', offset: Math.round((day - ref) / 86_400_000) };
  }
  if (/\bthis year\b/.test(lower)) return { unit: 'year', offset: 0 };
  const parts: DateParts = {};
  if (c.isCertain('year')) parts.year = c.get('year')!;
  if (c.isCertain('month')) parts.month = c.get('month')!;
  if (c.isCertain('day')) parts.day = c.get('day')!;
  parts.year ??= yearOfRangeEnd(result, parts);
  if (c.isCertain('weekday') && parts.day === undefined) parts.weekday = c.get('weekday')!;
  if (parts.year === undefined && parts.month === undefined && parts.weekday === undefined) return undefined;
  return parts;
}

/**
 * "from May to September 2019", "28 December to 3 January 2019": a range whose end alone states the year starts
 * in it, or in the year before when it comes round the year.
 */
function yearOfRangeEnd(result: Chrono.ParsedResult, parts: DateParts): number | undefined {
  const end = result.end;
  if (!end?.isCertain('year') || !end.isCertain('month') || parts.month === undefined) return undefined;
  const endDay = end.isCertain('day') ? end.get('day')! : 31;
  const later =
    parts.month > end.get('month')! || (parts.month === end.get('month') && (parts.day ?? 1) > endDay);
  return end.get('year')! - (later ? 1 : 0);
}

/** "in nine years", "in a decade": a span of time that could be a date ahead. */
const IN_A_SPAN =
  /^in (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|several|\d+) (?:years?|months?|weeks?|days?|decades?)$/i;
/** A first, a last or a superlative a few words before: "the first general strike in", "its lowest level in". */
const FIRST_OR_MOST =
  /\b(?:first|last|only|biggest|largest|highest|lowest|worst|best|longest|shortest|deepest|heaviest|strongest|weakest|fastest|slowest|greatest|smallest|most|least)\b(?:\s+[\p{L}-]+){0,4}\s+$/iu;

/** "nights" after a weekday, maybe after another: "on Friday and Saturday nights". */
const PLURAL_PART_OF_DAY =
  /^(?:\s+(?:and|or)\s+\p{Lu}\p{Ll}+day)?\s+(?:nights|mornings|afternoons|evenings)\b/u;

/** "will run on Friday and Saturday nights": every week, not one day. */
function isEveryWeek(parts: DateParts | RelativeDate, after: string): boolean {
  return 'weekday' in parts && parts.weekday !== undefined && PLURAL_PART_OF_DAY.test(after);
}

/**
 * "called the first general strike in nine years", "its lowest level in a decade": how long since the last
 * one, not a date nine years ahead.
 */
function countsSinceLast(sentence: string, index: number, text: string): boolean {
  return IN_A_SPAN.test(text) && FIRST_OR_MOST.test(sentence.slice(Math.max(0, index - 60), index));
}

/** "after six years", "after a month": how long something lasted ("retired after nine years in the job"). */
const AFTER_A_SPAN =
  /^after (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|several|\d+) (?:years?|months?|weeks?|days?|decades?)$/i;

/** "Black Monday", "Good Friday": a capitalised word before a weekday makes it a name, not last Monday. */
function namesAHistoricDay(sentence: string, index: number, parts: DateParts | RelativeDate): boolean {
  if (!('weekday' in parts) || parts.weekday === undefined || !/^\p{Lu}/u.test(sentence.slice(index)))
    return false;
  const word = /(\p{Lu}\p{Ll}+)\s+$/u.exec(sentence.slice(Math.max(0, index - 20), index))?.[1];
  return word !== undefined && !NEVER_NAMES.has(word.toLowerCase());
}

/** "October of next year", "February last year": the words after a month that give its year. */
const YEAR_AFTER = /^\s*(?:of\s+)?(next|last|this)\s+year\b(?!['’])/i;

/** A month with the year the words after it give (see `YEAR_AFTER`), which chrono leaves to them. */
function withYearAfter(
  parts: DateParts | RelativeDate,
  match: RegExpExecArray | null,
  reference: Date,
): DateParts | RelativeDate {
  if ('unit' in parts || parts.year !== undefined || parts.month === undefined) return parts;
  if (!match) return parts;
  const offset = { next: 1, last: -1, this: 0 }[match[1]!.toLowerCase() as 'next' | 'last' | 'this'];
  return { ...parts, year: reference.getUTCFullYear() + offset };
}

/**
 * "next year's edition would run from October 4", "last year's festival took place in July": the year a
 * possessive gives an event is that of the dates it happens on.
 */
const YEAR_OF_EVENT =
  /\b(next|last|this)\s+year['’]s\s+((?:[\p{L}-]+\s+){1,6}?)(?:on|in|from|between|at)?\s*$/iu;

function withYearOfEvent(
  parts: DateParts | RelativeDate,
  before: string,
  reference: Date,
): DateParts | RelativeDate {
  if ('unit' in parts || parts.year !== undefined || parts.month === undefined) return parts;
  const match = YEAR_OF_EVENT.exec(before);
  const verb = match?.[2]!.trim().split(/\s+/).at(-1)!.toLowerCase();
  if (!match || !verb || !OCCURRENCE_VERBS.has(verb)) return parts;
  const offset = { next: 1, last: -1, this: 0 }[match[1]!.toLowerCase() as 'next' | 'last' | 'this'];
  return { ...parts, year: reference.getUTCFullYear() + offset };
}

/**
 * Whether the words around a date put it before the article, after it, or say neither. In order of weight: the
 * words right before it (the verb it hangs on, "since", "until", "starting", "from … on"); a modal or plan of
 * its clause ("will", "is due to", "scheduled for"), a year after the article's ("priorities for 2024-2027 … in
 * June") or a plan after the date ("a June 3 hearing has been scheduled"); a past-tense verb of its clause;
 * "next" before a thing. With none of them the tense is unmarked and the nearer date is taken.
 */
function tenseOf(sentenceBefore: string, sentenceAfter: string, articleDate?: string): Tense {
  // What a quotation says is in its speaker's tense, not in that of the sentence around it; a date inside
  // one takes the quotation's.
  const before = sentenceBefore.replace(CLOSED_QUOTATION, ' ').split('“').at(-1)!;
  const after = sentenceAfter.replace(CLOSED_QUOTATION, ' ').split('”')[0]!;
  if (HANGS_ON_PAST_VERB.test(before) || SINCE.test(before)) return 'past';
  // "A show planned for Saturday was cancelled": a plan the sentence tells in the past may be for a day gone
  // by or still ahead; the nearer is taken.
  if (PLANNED_FOR.test(before) && hasPastVerb(after.split(CLAUSE_BREAK)[0]!.split(NEXT_CLAUSE)[0]!))
    return 'unmarked';
  if (
    FORWARD_PREPOSITION.test(before) ||
    SETS_A_DATE.test(before) ||
    (FROM_ON.before.test(before) && FROM_ON.after.test(after))
  )
    return 'future';
  // "Schools, which closed for the summer on May 25, will be used as shelters": the date is the relative
  // clause's, and so is its tense.
  const relative = RELATIVE_CLAUSE.exec(before);
  if (relative && hasPastVerb(relative[1]!) && !FUTURE_CUES.test(relative[1]!)) return 'past';
  // "…noted that Kasvia holds elections in October": a clause reported after "that" has its own tense.
  const clauseBefore = before
    .replace(CLOSED_RELATIVE, ' ')
    .split(CLAUSE_BREAK)
    .at(-1)!
    .split(THAT_CLAUSE)
    .at(-1)!;
  const clauseAfter = after.split(CLAUSE_BREAK)[0]!.split(NEXT_CLAUSE)[0]!;
  // "Solvik will charge a fee from April, after its council approved it on Wednesday": a clause of cause or
  // sequence in the past tells its date in the past, whatever the main clause says.
  // Not when an infinitive may hold the date ("after councillors voted to send the pupils by ferry from August 20").
  const reason = clauseBefore.split(PAST_SUBORDINATE);
  const told = reason.at(-1)!;
  if (reason.length > 1 && hasPastVerb(told) && !FUTURE_CUES.test(told) && !INFINITIVE.test(told))
    return 'past';
  if (FUTURE_CUES.test(clauseBefore) || FUTURE_AFTER.test(after) || yearAfter(clauseBefore, articleDate))
    return 'future';
  // "Talks collapsed, raising the prospect of chaos when the new season opens on March 1": a clause of time
  // in the present has a tense of its own, whatever the sentence's.
  const timeClause = clauseBefore.split(TIME_CLAUSE);
  // A past verb in it ("until Christmas, and he was still arguing about chord changes on") makes it no clause of
  // the present, whatever word in -s ends it.
  const time = timeClause.at(-1)!;
  if (timeClause.length > 1 && PRESENT_VERB_BEFORE.test(time) && !hasPastVerb(time)) return 'unmarked';
  // "She was appointed last Friday and takes office on April 1": a verb of the present after "and" is its
  // clause's tense, whatever the first clause's.
  const joined = clauseBefore.split(JOINED_CLAUSE);
  if (joined.length > 1 && opensInThePresent(joined.at(-1)!) && !hasPastVerb(joined.at(-1)!))
    return 'unmarked';
  if (hasPastVerb(clauseBefore) || hasPastVerb(clauseAfter)) return 'past';
  return NEXT_THING.test(clauseBefore) ? 'future' : 'unmarked';
}

const CLOSED_QUOTATION = /“[^“”]*”/g;
/** A relative clause set off by commas, whose verb is not the date's: "Saints, who were founded in 1879, host …". */
const CLOSED_RELATIVE = /,\s+(?:which|who|whose)\s[^,]*,/gi;
/** A relative clause still open where the date is: "which closed for the summer on". */
const RELATIVE_CLAUSE = /,\s+(?:which|who|whose)\s+([^,]*)$/i;
/**
 * "that" after a verb of saying opens the clause reported, also after when it was said ("said on Monday
 * that"); so does a pronoun right after the verb ("said it closes on December 1").
 */
const THAT_CLAUSE =
  /\b(?:said|says|saying|noted|notes|noting|added|adds|adding|warned|warns|warning|told \p{L}+|announced|stressed|argued|insisted)\s+(?:(?:(?:on|last|this)\s+)?\p{L}+\s+that\s|that\s|(?=(?:it|they|he|she|we)\s))/iu;
/** Where the clause after a date ends: ", and said", ", which …", ", but …", ", the mayor said". */
const NEXT_CLAUSE =
  /,\s+(?:(?:and|but|while|which|who|whose)\s|(?:[\p{L}’'.-]+\s+){1,4}(?:said|says|told|added)\b)/iu;

/** Words that open a clause of cause or sequence, whose verb may be in another tense than the sentence's. */
const PAST_SUBORDINATE = /\b(?:after|because|although|though)\s/i;
/** "to" before a word that is no article or pronoun: maybe a verb's infinitive ("voted to send"). */
const INFINITIVE = /\bto\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those)\b)\p{Ll}/u;
/** "and" or "but" between two clauses of one subject ("was appointed … and takes office on"). */
const JOINED_CLAUSE = /\s(?:and|but)\s/i;
/** Words ending in -s that are no verb of the present. */
const NOT_PRESENT = new Set('this thus plus less its has does is was us'.split(' '));

/** Whether a clause opens with a verb of the third person present ("takes office", "then opens"). */
function opensInThePresent(clause: string): boolean {
  const word = /^(?:then\s+|also\s+)?(\p{Ll}+[^s\W]s)\s/u.exec(clause)?.[1];
  return word !== undefined && word.length > 3 && !NOT_PRESENT.has(word);
}

/** Words that open a clause of time, whose verb may be in another tense than the sentence's. */
const TIME_CLAUSE = /\b(?:when|once|until|till|as soon as)\s/i;
/** A verb in the present the date hangs on: "opens on", "is due on", "pays on". */
const PRESENT_VERB_BEFORE = /\s(?:is|are|\p{Ll}+[^s\W]s)(?:\s+(?:due|set))?\s+(?:on|in|at|by)?\s*$/u;

/** A year later than the article's: the clause is about a time still ahead. */
function yearAfter(text: string, articleDate: string | undefined): boolean {
  if (!articleDate) return false;
  const year = Number(articleDate.slice(0, 4));
  return [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].some((match) => Number(match[1]) > year);
}

/** Whether a clause has a verb in a past tense: a past form ("was", "took", "had been") or a lowercase -ed word. */
function hasPastVerb(clause: string): boolean {
  let previous = '';
  for (const word of clause.split(/[^\p{L}'’-]+/u)) {
    const lower = word.toLowerCase().replace(/n['’]t$/, ''); // "wasn't" is as past as "was"
    const past = PAST_FORMS.has(lower) || (/^\p{Ll}+ed$/u.test(word) && !NOT_PAST.has(word));
    if (past && !NOT_A_TENSE_BEFORE.has(previous)) return true;
    if (!BETWEEN_AUXILIARY.test(word)) previous = lower;
  }
  return false;
}

/** Whether the text from `start` to `end` overlaps a date already found: each span of text is one date. */
function overlapsAny(mentions: readonly DateMention[], start: number, end: number): boolean {
  return mentions.some((m) => m.start < end && start < m.end);
}
