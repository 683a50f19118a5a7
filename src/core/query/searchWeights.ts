import type { IndexField, IndexName } from '../index/factIndexes.js';

/** The weight of some of an index's fields; a field not named weighs 1. */
type FieldWeights<I extends IndexName> = Partial<Record<IndexField<I>, number>>;

/**
 * How each index is searched, in one place for every query function: the weight of each field in the score
 * (`boost`) and how much a word found only there counts towards coverage (`credit`). The article's context
 * (title, subject, the sentence before) ranks a fact up, but a word found only there is half a match.
 */
export const SEARCH_WEIGHTS: { [I in IndexName]: { boost?: FieldWeights<I>; credit?: FieldWeights<I> } } = {
  people: {
    boost: { name: 3, roles: 2, subject: 1, sentence: 0.3, context: 0.3 },
    credit: { sentence: 0.8, context: 0.5 },
  },
  events: { boost: { clause: 2, sentence: 1, context: 0.4 }, credit: { context: 0.5 } },
  quotes: { boost: { quote: 2, speaker: 3, sentence: 0.7, context: 0.3 }, credit: { context: 0.5 } },
  passages: {},
};
