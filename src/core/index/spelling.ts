/**
 * British and American spellings of one word, brought to one (the American) before stemming, so that a
 * question typed "harbor master" or "organizer" finds the article that wrote "harbour master" or
 * "organiser", and the other way round. The stemmer does not do it: "organiser" stems to "organis",
 * "organizer" to "organ". Only regular endings are rewritten; both sides of the index go through the same
 * rewrite, so a word that merely looks British ("devour" → "devor") is still found by itself.
 */

/** Words that hold none of the endings below, tested first: most words of a text. */
const MAYBE_BRITISH = /our|is|[bt]re|ys|ence|mme|pae|hae/;

const RULES: [RegExp, string][] = [
  // harbour, labour, colour, honour, favourite, behaviour: after at least two letters ("four", "hour",
  // "tour" and "your" stay).
  [/^(\p{L}{2,}[bdglmnpvi])our(s|ed|ing|ite|ites|able|ably|ful|less|er|ers|ism|ist)?$/u, '$1or$2'],
  // organise, organiser, organisation, privatised: after at least three letters ("rise", "raise", "wise").
  [/^(\p{L}{3,})is(e|es|ed|ing|er|ers|ation|ations)$/u, '$1iz$2'],
  // analyse, paralysed
  [/^(\p{L}{2,})ys(e|es|ed|ing)$/u, '$1yz$2'],
  // centre, theatre, litre, fibre, calibre
  [/^(\p{L}{2,})([bt])re(s)?$/u, '$1$2er$3'],
  // defence, offence, licence, pretence
  [/^(def|off|lic|pret)ence(s)?$/u, '$1ense$2'],
  // programme
  [/^programme(s)?$/u, 'program$1'],
  // paediatrician, haemorrhage, anaesthetist
  [/^(p|h|an)ae/u, '$1e'],
];

/** `word` (lower case, folded) in its American spelling, or itself. */
export function americanSpelling(word: string): string {
  if (!MAYBE_BRITISH.test(word)) return word;
  for (const [pattern, replacement] of RULES) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}
