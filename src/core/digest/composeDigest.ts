import { toItem } from '../query/toItem.js';
import { formatDate } from '../text/formatDate.js';
import type { FactPick } from './pickFacts.js';
import type { Digest, PickReason } from './types.js';

const LABELS: Partial<Record<PickReason, string>> = { 'on-this-day': 'On this day', new: 'New' };

export interface ComposeInput {
  pick: FactPick;
  localDate: string;
  topic: string | null;
  preview: boolean;
}

/** The digest message, in words and items, for every adapter to render the same way. */
export function composeDigest({ pick, localDate, topic, preview }: ComposeInput): Digest {
  const about = topic ? `about “${topic}”` : 'in the corpus';
  const notes: string[] = [];
  if (pick.cycleRestarted) {
    notes.push(`You have now seen every fact ${about}, so the digest starts again from the beginning.`);
  }
  if (pick.facts.length === 0) {
    notes.push(topic ? `Nothing in the corpus is about “${topic}” yet.` : 'The corpus has no facts yet.');
  }
  return {
    localDate,
    topic,
    preview,
    heading: [preview ? 'Digest preview' : 'Daily digest', formatDate(localDate), topic && `topic: ${topic}`]
      .filter(Boolean)
      .join(' · '),
    notes,
    entries: pick.facts.map(({ fact, reason }) => {
      const label = LABELS[reason];
      return { kind: fact.kind, reason, ...(label ? { label } : {}), item: toItem(fact) };
    }),
  };
}
