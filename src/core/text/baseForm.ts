/** Past tenses of common verbs of news that no rule of endings gives. Verbs of saying are not events. */
const IRREGULAR: Record<string, string> = {
  arose: 'arise',
  ate: 'eat',
  became: 'become',
  began: 'begin',
  bought: 'buy',
  broke: 'break',
  brought: 'bring',
  built: 'build',
  caught: 'catch',
  chose: 'choose',
  came: 'come',
  drew: 'draw',
  drove: 'drive',
  fell: 'fall',
  fled: 'flee',
  flew: 'fly',
  fought: 'fight',
  found: 'find',
  froze: 'freeze',
  gave: 'give',
  got: 'get',
  grew: 'grow',
  held: 'hold',
  hung: 'hang',
  kept: 'keep',
  knew: 'know',
  laid: 'lay',
  led: 'lead',
  left: 'leave',
  lost: 'lose',
  made: 'make',
  meant: 'mean',
  met: 'meet',
  paid: 'pay',
  ran: 'run',
  rang: 'ring',
  rose: 'rise',
  sank: 'sink',
  saw: 'see',
  sold: 'sell',
  sent: 'send',
  shot: 'shoot',
  sought: 'seek',
  spent: 'spend',
  spoke: 'speak',
  stole: 'steal',
  stood: 'stand',
  struck: 'strike',
  swore: 'swear',
  taught: 'teach',
  threw: 'throw',
  took: 'take',
  understood: 'understand',
  went: 'go',
  withdrew: 'withdraw',
  won: 'win',
  wore: 'wear',
  wrote: 'write',
};

/** Words ending as a past tense does that are none. */
const NOT_PAST = new Set([
  'hundred',
  'kindred',
  'sacred',
  'naked',
  'wicked',
  'indeed',
  'speed',
  'breed',
  'greed',
]);

/**
 * Endings of regular past tenses and the base form each gives, tried in order; `null` where the ending alone
 * cannot tell ("visited" is visit, "invited" invite): such a verb gets no base form rather than a wrong one.
 */
const ENDINGS: [RegExp, string | null][] = [
  [/^(.{2,}[^aeiou])ied$/, '$1y'], // carried, denied
  [/elled$/, null], // cancelled (cancel), spelled (spell)
  [/^(.{2,}([bdgkmnprt]))\2ed$/, '$1'], // stopped, nodded, referred, admitted
  [/^(.+(?:ll|ss|ff|zz))ed$/, '$1'], // called, passed, staffed
  [/^(.*[aeiou]{2}[dklmnpr])ed$/, '$1'], // needed, looked, failed, claimed, joined, appeared
  [/(?:eated|ited|eted|oped|oned|aned|uned|eled|aled)$/, null], // created/treated, visited/invited, developed/hoped
  // After one vowel, a base form that ends in e: debated, executed, decided, retired, combined, named, ruled…
  [/^(.*[^aeiou](?:[aou]t|[aiou]d|[aiou]r|in|[aiou]m|[iou]l|[aiou]k|[aiu]p|[iou]b)e)d$/, '$1'],
  [/^(.+[cgsvz]e)d$/, '$1'], // reduced, changed, caused, moved, seized
  [/^(.+(?:er|en))ed$/, '$1'], // entered, offered, opened, happened
  [/^(.+[^aeiou][bdfhkmnprtx])ed$/, '$1'], // walked, signed, launched, started, formed
  [/^(.+[aeiou][wxy])ed$/, '$1'], // showed, allowed, fixed, played
];

/**
 * The base form of a verb in the past tense ("debated" → "debate", "took" → "take"), for a question about
 * what happened ("When did … debate …?"); `undefined` for a word that is no past tense, or whose base form
 * its ending cannot tell.
 */
export function baseForm(word: string): string | undefined {
  if (!/^\p{Ll}+$/u.test(word) || NOT_PAST.has(word)) return undefined;
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (word.length < 5 || !word.endsWith('ed')) return undefined;
  const ending = ENDINGS.find(([pattern]) => pattern.test(word));
  if (!ending || ending[1] === null) return undefined;
  return word.replace(ending[0], ending[1]);
}
