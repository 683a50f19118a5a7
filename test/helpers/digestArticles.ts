import type { Article } from '../../src/core/types.js';

/** An article to add to the seed corpus: a person, a dated event and a quotation, all about violence. */
export const SHELTERS_ARTICLE: Article = {
  id: 'shelters',
  title: 'Shelters open in every region',
  date: '2024-05-02',
  file: 'shelters.jsonl',
  text:
    'ASTANA – Labour Minister Svetlana Zhakupova opened the first crisis shelter in Shymkent on May 2, the ministry said.\n\n' +
    '“Every region will have a shelter for survivors of violence by the end of the year,” Zhakupova said.',
};
