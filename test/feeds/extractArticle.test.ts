import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/feeds/extractArticle.js';
import { htmlParagraphs, textParagraphs } from '../../src/feeds/htmlText.js';

const PAGE = `<!doctype html><html><head><title>Seminar on women's rights | Steppe Herald</title>
<style>p { color: red }</style><script>var tracking = "Do not index this";</script></head><body>
<header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/subscribe">Subscribe today</a></nav></header>
<article><h1>Seminar on women's rights</h1>
<p class="byline">By Dana Reporter, Staff Writer</p>
<p>ASTANA – Deputy Foreign Minister Roman Vassilenko said the Kazakh leadership is committed to upholding
gender equality and protecting women’s rights during a two-day seminar.</p>
<p>“Domestic violence and use of force against women and girls have no place in a just society,” stressed
EU Ambassador to Kazakhstan Kęstutis Jankauskas at the seminar, held in Astana on April 4.</p>
<p>The seminar gathered more than a hundred participants from government agencies, parliament and civil society.</p>
</article>
<footer><p>© 2024 Steppe Herald. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>`;

describe("an article's text from its page", () => {
  it('keeps the article in paragraphs and leaves out navigation, heading, byline, footer, scripts and styles', () => {
    const article = extractArticle(PAGE)!;
    // The heading is left out too, as it says what the page's title says.
    expect(article.paragraphs).toEqual([
      'ASTANA – Deputy Foreign Minister Roman Vassilenko said the Kazakh leadership is committed to upholding gender equality and protecting women’s rights during a two-day seminar.',
      '“Domestic violence and use of force against women and girls have no place in a just society,” stressed EU Ambassador to Kazakhstan Kęstutis Jankauskas at the seminar, held in Astana on April 4.',
      'The seminar gathered more than a hundred participants from government agencies, parliament and civil society.',
    ]);
    const text = article.paragraphs.join('\n');
    for (const furniture of [
      'Subscribe',
      'Politics',
      'Dana Reporter',
      'All rights reserved',
      'Privacy',
      'tracking',
      'color',
    ]) {
      expect(text).not.toContain(furniture);
    }
    expect(article.title).toBe("Seminar on women's rights | Steppe Herald");
  });

  it('leaves the byline out of a short article too, which Readability reads more than once', () => {
    const article = extractArticle(`<html><head><title>Brief | Herald</title></head><body><article>
      <h1>Seminar</h1><p class="byline">By Dana Reporter, Staff Writer</p>
      <p>Deputy Foreign Minister Roman Vassilenko opened a two-day seminar on women's rights in Astana.</p>
      </article></body></html>`)!;
    expect(article.paragraphs).toEqual([
      'Seminar',
      "Deputy Foreign Minister Roman Vassilenko opened a two-day seminar on women's rights in Astana.",
    ]);
  });

  it('finds nothing in a page without text', () => {
    expect(extractArticle('<html><body><nav><a href="/">Home</a></nav></body></html>')).toBeUndefined();
  });
});

describe('text from HTML and plain text', () => {
  it('makes a paragraph of each block and line break, one space of white space, entities read', () => {
    expect(
      htmlParagraphs(
        '<p>One &amp; <em>two</em>\n  three.</p>Loose text<br>after a break<ul><li>Item</li></ul><div><div>Deep</div></div><script>x()</script>',
      ),
    ).toEqual(['One & two three.', 'Loose text', 'after a break', 'Item', 'Deep']);
  });

  it('walks a page nested thousands deep without overflowing the stack', () => {
    const depth = 20_000;
    expect(htmlParagraphs(`${'<span>'.repeat(depth)}Deep down${'</span>'.repeat(depth)}`)).toEqual([
      'Deep down',
    ]);
  });

  it('parts plain text at blank lines', () => {
    expect(textParagraphs('One\nline.\n \nTwo.\n\n\n')).toEqual(['One line.', 'Two.']);
  });
});
