import { factId, sourceOf } from '../ids.js';
import type { Article, Fact, Passage } from '../types.js';
import { formatDate } from '../text/formatDate.js';
import { splitPassages } from './splitPassages.js';
import { eventClause } from './eventClause.js';
import { findDates } from './findDates.js';
import { extractPeople } from './people.js';
import { extractQuotes } from './quotes.js';
import { ACTIVITY_VERBS } from './rolePhrase.js';
import type { RoleTime } from './roleTime.js';

/** What the core knows of one article: its passages and the facts they state. */
export interface ExtractedArticle {
  passages: Passage[];
  facts: Fact[];
}

/** Bumped whenever extraction changes what it finds, so that cached facts from older code are not trusted. */
export const EXTRACTOR_VERSION = 6;

/** Passages and facts of an article: people with their roles, dated events, and quotations with speakers. */
export function extractFacts(article: Article): ExtractedArticle {
  const passages = splitPassages(article);
  const facts: Fact[] = [];
  const counters = new Map<string, number>();
  const add = (passage: Passage, fact: Omit<Fact, 'id' | 'passageId' | 'source'>) => {
    const key = `${passage.id}:${fact.kind}`;
    const n = counters.get(key) ?? 0;
    counters.set(key, n + 1);
    const id = factId(passage.id, fact.kind, n);
    facts.push({ ...fact, id, passageId: passage.id, source: sourceOf(article, passage.text) } as Fact);
  };

  const people = extractPeople(passages);
  for (const person of people.people) {
    const passage = passages[person.roles[0]?.passageIndex ?? person.mentions[0]!.passageIndex]!;
    const at = (time: RoleTime) => person.roles.filter((r) => r.time === time).map((r) => r.role);
    const [roles, former, future] = [at('current'), at('former'), at('future')];
    add(passage, {
      kind: 'person',
      text: personText(person.name, roles, former, future, article.date),
      person: {
        name: person.name,
        roles: [
          ...roles,
          ...former.map((role) => `former ${role}`),
          ...future.map((role) => `future ${role}`),
        ],
      },
    });
  }

  // "the day" of "ending the day" is the day the article last named in full.
  let narrativeDay: string | undefined;
  let dateBefore: string | undefined;
  for (const passage of passages) {
    const dates = findDates(passage.text, article.date, narrativeDay, dateBefore);
    dateBefore = dates.at(-1)?.iso;
    narrativeDay = dates.findLast((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.iso))?.iso ?? narrativeDay;
    for (const date of dates) {
      const event = eventClause(passage.text, date.start);
      add(passage, {
        kind: 'event',
        text: `${formatDate(date.iso)}: ${event}`,
        date: { iso: date.iso, text: date.text },
        event,
      });
    }
  }

  for (const quote of extractQuotes(passages, people)) {
    // A person's full name, or else the name of the organisation that spoke.
    const speaker =
      quote.speaker === null ? (quote.organisation ?? null) : people.people[quote.speaker]!.name;
    if (quote.reported) {
      add(passages[quote.passageIndex]!, {
        kind: 'quote',
        text: `${speaker} (reported speech): ${quote.span.text}.`,
        quote: { text: quote.span.text, speaker, reported: true },
      });
      continue;
    }
    add(passages[quote.passageIndex]!, {
      kind: 'quote',
      text: speaker ? `${speaker} said: “${quote.span.text}”` : `Unattributed: “${quote.span.text}”`,
      quote: { text: quote.span.text, speaker },
    });
  }
  return { passages, facts };
}

/** A role said by what the person does ("runs an online bookshop"): see `activityRole`. */
function isActivity(role: string): boolean {
  return ACTIVITY_VERBS.test(role.split(' ')[0]!);
}

/**
 * "Ada Roth is chief executive of Brightwater (as of 2 May 2024); was finance minister; will be chair of
 * the board.": a role held is held as of the article's date, and a former one is never said to be held.
 */
function personText(
  name: string,
  roles: string[],
  former: string[],
  future: string[],
  articleDate: string | undefined,
): string {
  const clauses: string[] = [];
  // "Kerry Blythe runs an online bookshop", not "is runs".
  const titles = roles.filter((role) => !isActivity(role));
  const held = [...(titles.length ? [`is ${titles.join('; ')}`] : []), ...roles.filter(isActivity)];
  if (held.length)
    clauses.push(`${held.join('; ')}${articleDate ? ` (as of ${formatDate(articleDate)})` : ''}`);
  if (former.length) clauses.push(`was ${former.join('; ')}`);
  if (future.length) clauses.push(`will be ${future.join('; ')}`);
  return clauses.length ? `${name} ${clauses.join('; ')}.` : `${name} is named, without a role.`;
}
