import { createRequire } from 'node:module';
import { queryForms } from './searchTerms.js';

/**
 * Words of news that a question may use for another word of the article: "When did the workers strike?" of
 * "employees held a work stoppage", "When was Jobs fired?" of "ousted". Each group holds words that stand
 * for one another in most news sentences; a word of two senses ("fire") is in the group of each. Written
 * from the language of news at large, not from any article: a related word is a weaker match than the word
 * itself (see `findMatches`), so a group needs to be right most of the time, not always.
 */
const GROUPS = `
  buy acquire purchase takeover
  sell divest
  fire dismiss sack oust axe
  fire blaze
  resign quit
  resign retire
  hire recruit
  hire appoint
  appoint nominate
  launch unveil introduce debut
  release free
  release publish
  open reopen inaugurate
  open unveil
  close shut
  cut reduce slash lower
  layoff cut redundancy
  raise increase hike boost
  rise climb jump soar surge
  fall drop decline slide plunge tumble slump lose
  win defeat
  strike walkout stoppage
  protest demonstration rally
  arrest detain
  charge indict
  sentence jail imprison
  fine penalize
  sue lawsuit
  marry wedding
  kill slay
  kidnap abduct
  disappear vanish
  hack cyberattack
  crash accident collision
  approve pass endorse ratify
  reject refuse veto
  ban prohibit outlaw
  recall withdraw
  suspend halt
  delay postpone defer
  cancel scrap abandon axe
  begin start commence
  start outbreak
  start open
  end finish complete
  collapse fail
  handover present award
  return re-enter reenter
  merge merger combine
  build construct
  injure hurt wound
  flee escape
  investigate investigation probe inquiry
  leave depart exit
  die death
  bankruptcy insolvency bankrupt bust insolvent
  worker employee staff
  job post position
  company firm business corporation
  car vehicle automobile auto
  plane aircraft airliner jet
  ship vessel
  price cost
  pay salary wage
  talks negotiations discussions
  deal agreement accord pact
  law legislation
  lawmaker legislator mp congressman congresswoman
  election ballot poll vote
  war conflict
  attack assault raid
  troops soldiers
  siege blockade
  due scheduled
  estimate forecast predict calculate
  welcome receive greet
  profit earnings
  shares stock
  factory plant
  shop store
  doctor physician
  pupil student
  police cop policeman policewoman constable
  lawyer attorney counsel barrister solicitor
  prosecutor prosecute
  lawyer prosecute
  lawyer defend
  chief head leader
  spokesman spokeswoman spokesperson
  chairman chairwoman chairperson
  flood flooding
  quake earthquake tremor
  direct director
  write writer author
  design designer
  own owner
  establish founder
  invent inventor
  compose composer
  produce producer
  edit editor
  manage manager
  lead leader
  govern governor
  mother mum mom
  father dad
  child kid
  children kid
  congress congressional
  parliament parliamentary
`;

/** The nations of the United Kingdom, which the world-countries dataset does not hold, and their people's adjective. */
const NATIONS_WITHIN = ['scotland scottish', 'wales welsh', 'england english', 'britain british'];

let related: Map<string, Set<string>> | undefined;
let nations: Set<string> | undefined;

/**
 * The terms related to a term of a query (as `queryForms` makes them): those of its groups, and a country's
 * name for its people's adjective and back ("France", "French"), from the world-countries dataset and
 * `NATIONS_WITHIN`.
 */
export function relatedTerms(term: string): readonly string[] {
  related ??= relatedByTerm();
  return [...(related.get(term) ?? [])];
}

/**
 * Whether a term (as `queryForms` makes it) names a country or its people ("France", "French", "Scottish"):
 * whose a role is, in "the Scottish transport minister", which an article about that country need not say.
 */
export function isNationTerm(term: string): boolean {
  nations ??= new Set(nationNames().flatMap((words) => words.map((word) => queryForms(word).at(-1) ?? word)));
  return nations.has(term);
}

/** Each country's name and its people's adjectives, lower case, single words only. */
function nationNames(): string[][] {
  const named = countries().map((country) =>
    [country.name.common, country.demonyms?.eng?.m, country.demonyms?.eng?.f]
      .filter((w): w is string => w !== undefined && /^\p{L}+$/u.test(w))
      .map((w) => w.toLowerCase()),
  );
  return [...named, ...NATIONS_WITHIN.map((line) => line.split(' '))];
}

function relatedByTerm(): Map<string, Set<string>> {
  const byTerm = new Map<string, Set<string>>();
  const relate = (words: readonly string[]) => {
    const terms = [...new Set(words.map((word) => queryForms(word).at(-1)).filter((t) => t !== undefined))];
    for (const term of terms) {
      const set = byTerm.get(term) ?? new Set();
      for (const other of terms) if (other !== term) set.add(other);
      byTerm.set(term, set);
    }
  };
  for (const line of GROUPS.trim().split('\n')) relate(line.trim().split(/\s+/));
  for (const names of nationNames()) if (names.length > 1) relate(names);
  return byTerm;
}

interface Country {
  name: { common: string };
  demonyms?: { eng?: { m?: string; f?: string } };
}

/** Loaded on the first question: the dataset is 1.4 MB, which a start need not read. */
function countries(): Country[] {
  return createRequire(import.meta.url)('world-countries') as Country[];
}
