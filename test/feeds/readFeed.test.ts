import { describe, expect, it } from 'vitest';
import { FeedFormatError } from '../../src/core/errors.js';
import { readFeed } from '../../src/feeds/readFeed.js';

const FEED_URL = 'https://news.example.org/feeds/main.xml';

describe('reading a feed', () => {
  it('reads RSS 2.0: guid, link, title, pubDate, content:encoded before description', () => {
    const feed = readFeed(
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
      <title>Steppe &amp; Herald</title><link>https://news.example.org/</link><description>d</description>
      <item><title>Seminar in Astana</title><link>/2024/seminar</link><guid isPermaLink="false">urn:1</guid>
        <pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate>
        <description>Short</description>
        <content:encoded><![CDATA[<p>First <b>paragraph</b>.</p><p>Second&nbsp;one.</p>]]></content:encoded></item>
      <item><title>No guid</title><link>https://news.example.org/no-guid</link><description>&lt;p&gt;Text&lt;/p&gt;</description></item>
      </channel></rss>`,
      FEED_URL,
    );
    expect(feed).toEqual({
      title: 'Steppe & Herald',
      items: [
        {
          key: 'urn:1',
          url: 'https://news.example.org/2024/seminar',
          title: 'Seminar in Astana',
          date: '2024-03-05',
          paragraphs: ['First paragraph.', 'Second one.'],
        },
        {
          key: 'https://news.example.org/no-guid',
          url: 'https://news.example.org/no-guid',
          title: 'No guid',
          paragraphs: ['Text'],
        },
      ],
    });
  });

  it('reads Atom: id, the alternate link, published before updated, HTML or text content', () => {
    const feed = readFeed(
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom News</title>
      <id>urn:feed</id><updated>2024-03-06T10:00:00Z</updated>
      <entry><id>urn:e1</id><title>One</title><updated>2024-03-06T10:00:00Z</updated><published>2024-03-04T08:00:00+06:00</published>
        <link rel="enclosure" href="https://news.example.org/a.mp3"/><link rel="alternate" type="text/html" href="https://news.example.org/one"/>
        <summary>A summary</summary><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry>
      <entry><id>urn:e2</id><title>Two</title><updated>2024-03-06T10:00:00Z</updated><link href="two"/>
        <summary type="text">Plain words</summary></entry>
      </feed>`,
      FEED_URL,
    );
    expect(feed).toEqual({
      title: 'Atom News',
      items: [
        {
          key: 'urn:e1',
          url: 'https://news.example.org/one',
          title: 'One',
          date: '2024-03-04',
          paragraphs: ['Body'],
        },
        {
          key: 'urn:e2',
          url: 'https://news.example.org/feeds/two',
          title: 'Two',
          date: '2024-03-06',
          paragraphs: ['Plain words'],
        },
      ],
    });
  });

  it('reads JSON Feed: id, url, date_published, content_html or content_text', () => {
    const feed = readFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'JSON News',
        items: [
          {
            id: '7',
            url: 'https://news.example.org/7',
            title: 'Seven',
            date_published: '2024-03-01T12:00:00Z',
            content_html: '<p>Hi</p>',
          },
          { id: '8', content_text: 'Line one\nstill one.\n\nTwo.' },
        ],
      }),
      FEED_URL,
    );
    expect(feed).toEqual({
      title: 'JSON News',
      items: [
        {
          key: '7',
          url: 'https://news.example.org/7',
          title: 'Seven',
          date: '2024-03-01',
          paragraphs: ['Hi'],
        },
        { key: '8', paragraphs: ['Line one still one.', 'Two.'] },
      ],
    });
  });

  it('reads RDF (RSS 1.0) with its Dublin Core date', () => {
    const feed = readFeed(
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://news.example.org/"><title>RDF News</title><link>https://news.example.org/</link><description>d</description></channel>
      <item rdf:about="https://news.example.org/r1"><title>R1</title><link>https://news.example.org/r1</link><dc:date>2024-02-29</dc:date></item>
      </rdf:RDF>`,
      FEED_URL,
    );
    expect(feed.title).toBe('RDF News');
    expect(feed.items).toEqual([
      {
        key: 'https://news.example.org/r1',
        url: 'https://news.example.org/r1',
        title: 'R1',
        date: '2024-02-29',
        paragraphs: [],
      },
    ]);
  });

  it('keys an item with neither guid nor link by what it says, and leaves out links that are not http(s)', () => {
    const rss = (text: string) =>
      readFeed(
        `<rss version="2.0"><channel><title>T</title><item><title>${text}</title><link>javascript:alert(1)</link></item></channel></rss>`,
        FEED_URL,
      ).items[0]!;
    expect(rss('Same').key).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(rss('Same').key).toBe(rss('Same').key);
    expect(rss('Other').key).not.toBe(rss('Same').key);
    expect(rss('Same').url).toBeUndefined();
  });

  it('refuses malformed XML, HTML and anything else that is no feed', () => {
    for (const text of [
      '<rss version="2.0"><channel><title>Cut off</title><item><title>unclosed</channel>',
      '<!doctype html><html><body>Not a feed</body></html>',
      '{"not": "a feed"}',
      '',
    ]) {
      expect(() => readFeed(text, FEED_URL)).toThrow(FeedFormatError);
      expect(() => readFeed(text, FEED_URL)).toThrow(/^not a feed \(/);
    }
  });
});
