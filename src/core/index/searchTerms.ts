import { stemmer } from 'stemmer';
import { americanSpelling } from './spelling.js';

/** How text becomes search terms, for documents (MiniSearch's `tokenize` and `processTerm`) and for queries. */

/** Words too common to tell passages apart; left out of the indexes and of queries. */
export const STOP_WORDS = new Set(
  `a an and are as at be been being but by did do does doing for from had has have having he her hers him
  his i if in into is it its itself me my of off on or our ours she so than that the their theirs them
  then there these they this those to too us was we were what when where which while who whom whose why
  will with would you your yours about after again against all also am any because before between both
  can could during each few further here how just more most no nor not now only other out over own same
  should some such through under until up very s t said says say tell told`.split(/\s+/),
);

/**
 * Irregular forms the stemmer cannot bring together: a question says "fly" or "die" where the article wrote
 * "flew" or "death", "close" where it wrote "the closure". Common verbs of news, each form (and each noun of
 * the event, when its stem is not the verb's) mapped to the stem of its base word.
 */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  Object.entries({
    begin: 'began begun',
    break: 'broke broken',
    build: 'built',
    buy: 'bought',
    choose: 'chose chosen choice',
    come: 'came',
    die: 'died dies dying death dead',
    drive: 'drove driven',
    fall: 'fell fallen',
    fight: 'fought',
    fly: 'flies flying flew flown flight flights',
    give: 'gave given',
    grow: 'grew grown',
    hold: 'held',
    keep: 'kept',
    know: 'knew known',
    lead: 'led',
    leave: 'left',
    lose: 'lost loss losses',
    make: 'made',
    meet: 'met',
    pay: 'paid',
    rise: 'rose risen',
    run: 'ran',
    sell: 'sold',
    send: 'sent',
    sink: 'sank sunk',
    speak: 'spoke spoken speech speeches',
    spend: 'spent',
    stand: 'stood',
    steal: 'stole stolen',
    strike: 'struck',
    take: 'took taken',
    throw: 'threw thrown',
    win: 'won',
    write: 'wrote written',
    bear: 'born birth',
    // "founded" is only the verb of founding; "found" may be "find"'s.
    establish: 'founded founding',
    // Nouns of an event whose stem is not their verb's: "the closure" is when it closed.
    close: 'closure closures',
    fail: 'failure failures',
    depart: 'departure departures',
    testify: 'testimony',
    decide: 'decision decisions',
    conclude: 'conclusion',
    collide: 'collision collisions',
    explode: 'explosion explosions',
    invade: 'invasion',
    acquire: 'acquisition acquisitions',
    expand: 'expansion',
    extend: 'extension',
    suspend: 'suspension',
    admit: 'admission',
    marry: 'marriage',
    sue: 'sued sues suing',
    shoot: 'shot',
    // Plurals the stemmer keeps whole: "two men were hurt" is about a man.
    man: 'men',
    woman: 'women',
    defend: 'defence defense',
    respond: 'response',
    // Superlatives, which the stemmer keeps whole: "its lowest level since 1997" is when it was last that low.
    low: 'lower lowest lowers lowered lowering',
    high: 'higher highest',
    large: 'larger largest',
    big: 'bigger biggest',
    small: 'smaller smallest',
    long: 'longer longest',
    strong: 'stronger strongest',
    weak: 'weaker weakest',
    old: 'older oldest',
    young: 'younger youngest',
    fast: 'faster fastest',
    bad: 'worse worst',
    good: 'better best',
    // Short forms a question types: "the ops director" is the operations director.
    operations: 'ops',
    government: 'govt',
    department: 'dept',
    management: 'mgmt',
    manager: 'mgr',
    executive: 'exec execs',
    business: 'biz',
    international: 'intl',
  }).flatMap(([base, forms]) => forms.split(' ').map((form) => [form, stemmer(base)])),
);

/** Plain ASCII letters and digits: nothing to fold but the case (most terms, and the hot path of indexing). */
const PLAIN = /^[A-Za-z0-9]+$/;
const LETTERS = /^\p{L}+$/u;

/**
 * The terms a word of a document is indexed under (MiniSearch's `processTerm`): lower case, accents folded
 * (Kęstutis → kestutis), possessive dropped, reduced to its stem (crashed → crash) so that a question finds
 * the article whatever form either uses, and for a capitalised word also the word itself, so that a name
 * asked for as a name finds the name only ("Steve Jobs" is not "jobs" cut); `null` for a stop word.
 */
export function indexTerms(word: string): string | string[] | null {
  const folded = foldTerm(word);
  if (!folded) return null;
  const stem = stemOf(folded);
  return stem !== folded && isCapitalised(word) ? [folded, stem] : stem;
}

/**
 * The forms a word of a query is searched under, the likeliest first: a capitalised word as the name it is
 * (then its stem, for a question typed in title case); any other word as its stem.
 */
export function queryForms(word: string): string[] {
  const folded = foldTerm(word);
  if (!folded) return [];
  // "PCs", "MPs": the plural of an abbreviation, which a document names in the singular as often.
  if (PLURAL_ABBREVIATION.test(word)) return [folded.slice(0, -1)];
  const stem = stemOf(folded);
  return stem !== folded && isCapitalised(word) ? [folded, stem] : [stem];
}

const PLURAL_ABBREVIATION = /^\p{Lu}{2,}s$/u;

function stemOf(folded: string): string {
  return (
    IRREGULAR[folded] ??
    NUMBER_WORDS[folded] ??
    (LETTERS.test(folded) ? stemmer(americanSpelling(folded)) : folded)
  );
}

/**
 * Numbers news writes in words, as digits: "a thousand points in thirty minutes" is "1,000 points in 30
 * minutes" (a number of two words, "two hundred", stays two).
 */
const NUMBER_WORDS: Record<string, string> = Object.fromEntries(
  `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty`
    .split(/\s+/)
    .map((word, n) => [word, String(n)])
    .concat(
      ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, n) => [
        word,
        String(30 + 10 * n),
      ]),
      [
        ['hundred', '100'],
        ['thousand', '1000'],
        ['million', '1000000'],
        ['billion', '1000000000'],
      ],
    ),
);

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A word folded as the index folds it, without its stem; `null` for a stop word. */
function foldTerm(term: string): string | null {
  const folded = PLAIN.test(term) ? term.toLowerCase() : fold(term);
  if (!folded || STOP_WORDS.has(folded)) return null;
  return folded;
}

function fold(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss');
}

/**
 * MiniSearch's default split, which also takes words like "co-founder" and "U.S." apart into their letters,
 * and a currency sign off its amount: "$24 billion" is the "US$24 billion" of the article.
 */
const SPLIT = /[\n\r\p{Z}\p{P}\p{Sc}]+/u;

/** "1,100" and "1100" are one number, and "787s" are 787s: thousands separators and plural s set aside. */
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;
const PLURAL_NUMBER = /(\d)[’']?s\b/g;

/** "7.5m", "$2bn": millions and billions as news abbreviates them, which it also writes out ("7.5 million"). */
const ABBREVIATED_AMOUNT = /(\d)(m|bn)\b/g;

export function tokenizeForSearch(text: string): string[] {
  return text
    .replace(THOUSANDS, '$1')
    .replace(PLURAL_NUMBER, '$1')
    .replace(
      ABBREVIATED_AMOUNT,
      (_, digit: string, unit: string) => `${digit} ${unit === 'm' ? 'million' : 'billion'}`,
    )
    .split(SPLIT)
    .filter(Boolean);
}

/**
 * Titles news writes both spelt out and abbreviated: a document holding one is indexed under the other too,
 * so that "/who CFO of Boeing" finds "chief financial officer Michael Sears" and the other way round.
 */
const TITLE_ABBREVIATIONS: [abbreviation: string, spelt: RegExp][] = [
  ['CEO', /\bchief executive(?: officer)?\b/i],
  ['CFO', /\bchief financial officer\b/i],
  // Another spelling of the same title; the abbreviation stands for the first.
  ['CFO', /\bchief finance officer\b/i],
  ['COO', /\bchief operating officer\b/i],
  ['CTO', /\bchief technology officer\b/i],
  ['CIO', /\bchief information officer\b/i],
  ['CMO', /\bchief marketing officer\b/i],
  ['PM', /\bprime minister\b/i],
  ['VP', /\bvice president\b/i],
  ['MD', /\bmanaging director\b/i],
  ['DG', /\bdirector-general\b/i],
];
const SPELT_OUT: Record<string, string[]> = Object.fromEntries(
  TITLE_ABBREVIATIONS.toReversed().map(([abbreviation, spelt]) => [
    abbreviation,
    spelt.source.replace(/\\b|\(\?:|\)\?/g, '').split(' '),
  ]),
);

/** The words a title abbreviation stands for ("CEO": chief, executive, officer), if it is one. */
export function spelledOut(abbreviation: string): readonly string[] | undefined {
  return SPELT_OUT[abbreviation.toUpperCase()];
}

/**
 * Verbs of two words that mean what one word does: a question says "step down" where the article wrote
 * "resigned", or the other way round. A document holding one is also indexed under the word; a query's
 * phrase is asked as the word.
 */
const PHRASAL_VERBS: [phrase: RegExp, word: string][] = [
  [/\b(?:step|steps|stepped|stepping|stand|stands|stood|standing)\s+down\b/gi, 'resign'],
  [/\b(?:come|comes|came|coming)\s+out\b/gi, 'release'],
  [/\b(?:take|takes|took|taken|taking)\s+over\b(?!\s+as\b)/gi, 'takeover'],
  // Not "found", which is also what "find" makes (relatedWords keeps no group of it for that reason).
  [/\b(?:set|sets|setting)\s+up\b/gi, 'establish'],
  [/\b(?:call|calls|called|calling)\s+off\b/gi, 'cancel'],
  [/\b(?:break|breaks|broke|broken|breaking)\s+down\b/gi, 'collapse'],
  [/\b(?:hand|hands|handed|handing)\s+over\b/gi, 'handover'],
  [/\b(?:throw|throws|threw|thrown|throwing)\s+(?:\p{L}+\s+)?out\b/giu, 'reject'],
  [/\b(?:get|gets|got|gotten|getting)\s+rid\s+of\b/gi, 'dismiss'],
  [/\b(?:kick|kicks|kicked|kicking)\s+(?:in|off)\b/gi, 'start'],
  [
    /\b(?:take|takes|took|taken|taking)\s+(?:effect|office|charge|up\s+(?:the|her|his|their)\s+(?:post|role|job|position))\b/gi,
    'start',
  ],
  // "will take over on July 1", "took over as chief executive": taking over a post, with nothing taken over.
  [
    /\b(?:take|takes|took|taken|taking)\s+over\s*(?:as\b|(?=(?:on|in|from|at|next|this|when)\b|[.,;]|$))/gi,
    'start',
  ],
  [/\b(?:come|comes|came|coming)\s+into\s+(?:force|effect)\b/gi, 'start'],
  [/\b(?:swear|swears|swore|sworn|swearing)\s+in\b/gi, 'start'],
  // Its own word, which relatedWords relates to "start": a fire that "broke out" is asked of as that, too.
  [/\b(?:break|breaks|broke|broken|breaking)\s+out\b/gi, 'outbreak'],
  [/\b(?:pass|passes|passed|passing)\s+away\b/gi, 'die'],
  [/\b(?:walk|walks|walked|walking)\s+out\b/gi, 'walkout'],
  [/\b(?:lay|lays|laid|laying)\s+off\b/gi, 'layoff'],
  // Not "pushed back against the plan", which is resisting it.
  [/\b(?:push|pushes|pushed|pushing)\s+back\b(?!\s+(?:against|on|at)\b)/gi, 'delay'],
  [/\b(?:snap|snaps|snapped|snapping)\s+up\b/gi, 'buy'],
  [/\b(?:gun|guns|gunned|gunning)\s+down\b/gi, 'shoot'],
  // Not "missed" or "missing out", which "missing" alone may be.
  [/\b(?:go|goes|went|gone|going)\s+missing\b/gi, 'disappear'],
  [/\b(?:blow|blows|blew|blown|blowing)\s+up\b/gi, 'explode'],
  // "worked out how much it would raise", not "worked out a deal".
  [/\b(?:work|works|worked|working)\s+out\s+(?:how|what|that|the\s+cost)\b/gi, 'estimate'],
  [/\b(?:go|goes|went|gone|going)\s+up\b/gi, 'rise'],
  // One hyphenated word, found by PARTICLE after its hyphen: approved without a fight.
  [/\brubber-stamp(?:s|ed|ing)?\b/gi, 'approve'],
];

/** A word of every verb of `PHRASAL_VERBS` after the verb: most sentences have none, and are not searched for them. */
const PARTICLE =
  /[\s-](?:down|out|over|up|off|rid|in|away|back|effect|office|force|charge|post|role|job|position|missing|stamp(?:s|ed|ing)?)\b/i;

/** A word written with a prefix and a hyphen: "re-entered", "co-founded", "pre-empted". */
const PREFIXED = /\b(?:re|co|pre|de|non|un)-\p{Ll}+/gu;

/** The title abbreviations a text spells out: "CFO" of "chief finance officer". */
export function abbreviationsSpelt(text: string): string[] {
  return TITLE_ABBREVIATIONS.filter(([, spelt]) => spelt.test(text)).map(([abbreviation]) => abbreviation);
}

/** The words a document is indexed under: its own, the other form of each title it abbreviates or spells out, and the word of each verb of two words. */
export function tokenizeForIndex(text: string): string[] {
  const tokens = tokenizeForSearch(text);
  const other: string[] = [];
  // "re-entered" is also "reentered", which a question's "returned" is related to.
  if (text.includes('-')) for (const [word] of text.matchAll(PREFIXED)) other.push(word.replace('-', ''));
  for (const token of tokens) other.push(...(SPELT_OUT[token] ?? []));
  // "chief finance officer" is also indexed as the abbreviation's own spelling, "chief financial officer".
  const words = new Set(tokens.map((token) => token.toLowerCase()));
  for (const abbreviation of abbreviationsSpelt(text))
    other.push(abbreviation, ...SPELT_OUT[abbreviation]!.filter((word) => !words.has(word)));
  if (PARTICLE.test(text))
    for (const [phrase, word] of PHRASAL_VERBS) if (text.search(phrase) >= 0) other.push(word);
  return other.length > 0 ? tokens.concat(other) : tokens;
}

/** A query with each verb of two words as its word ("When will Akerson step down?": resign). */
function withPhrasalVerbsAsWords(query: string): string {
  return PHRASAL_VERBS.reduce((text, [phrase, word]) => text.replace(phrase, word), query);
}

/** A word of a query: the forms it is searched under, and whether it names something. */
export interface QueryWord {
  forms: string[];
  /**
   * A name or a model number ("Fiat", "JPMorgan", "iPhone", "A350", "747"): what the question is about, which an
   * answer must hold, unlike the words that ask it ("rejected", "trying").
   */
  name: boolean;
}

/** The words of a query, each as the forms it is searched under (see `queryForms`), in order, without repeats. */
export function queryWords(query: string): QueryWord[] {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (const token of tokenizeForSearch(withPhrasalVerbsAsWords(query))) {
    const forms = queryForms(token);
    if (forms.length === 0 || seen.has(forms.at(-1)!)) continue;
    seen.add(forms.at(-1)!);
    words.push({ forms, name: /\p{Lu}/u.test(token) || /\p{L}\d|\d\p{L}|^\d{3,}$/u.test(token) });
  }
  return words;
}

/** The terms of a query after processing (each word's stem), in order, without repeats. */
export function termsOf(query: string): string[] {
  return queryWords(query).map(({ forms }) => forms.at(-1)!);
}

/**
 * The word of `text` that a term stands for, as written there ("violenc" in "… domestic violence …" is
 * "violence"): suggestions are shown in words, not stems.
 */
export function surfaceWord(text: string, term: string): string | undefined {
  return tokenizeForSearch(text).find((word) => {
    const terms = indexTerms(word);
    return terms === term || (Array.isArray(terms) && terms.includes(term));
  });
}
