import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A copy of the 60 Wikinews bench articles (credit and licence in its SOURCE.md), kept in the
 * repository so that the tests never depend on a folder outside it.
 */
export const NEWS_ARTICLES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/news-articles',
);
