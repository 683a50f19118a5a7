import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { HtmlNode } from './htmlText.js';
import { nodeParagraphs } from './htmlText.js';

/** Less text than this is no article: a page of links, a cookie wall, a "please enable JavaScript". */
const SHORTEST_ARTICLE = 80;

/** An article's text as Readability finds it in its page. */
export interface ExtractedArticle {
  title?: string;
  paragraphs: string[];
}

/**
 * The article of an HTML page, as paragraphs: what Readability keeps (navigation, footers, the byline and
 * other page furniture left out). `undefined` when it finds no article there.
 */
export function extractArticle(html: string): ExtractedArticle | undefined {
  const { document } = parseHTML(html);
  // The serializer hands back the article's element itself: no HTML written out only to be parsed again.
  const article = new Readability<HtmlNode>(document, { serializer: (node) => node as HtmlNode }).parse();
  if (!article?.content) return undefined;
  // Readability finds the byline but leaves it in the text when it read the page more than once (a short
  // article): it is taken out here.
  const byline = article.byline?.replace(/\s+/g, ' ').trim();
  const paragraphs = nodeParagraphs(article.content).filter((paragraph) => paragraph !== byline);
  if (paragraphs.join(' ').length < SHORTEST_ARTICLE) return undefined;
  const title = article.title?.replace(/\s+/g, ' ').trim();
  return title ? { title, paragraphs } : { paragraphs };
}
