import { describe, expect, it } from 'vitest';
import { AnswerViews } from '../../../src/adapters/slack/answerViews.js';
import type { AnswerView } from '../../../src/adapters/slack/answerViews.js';
import { composeReply } from '../../../src/adapters/slack/composeReply.js';
import {
  MESSAGE_BLOCK_LIMIT,
  SECTION_TEXT_LIMIT,
  fitMrkdwn,
  mrkdwnLink,
} from '../../../src/adapters/slack/mrkdwn.js';
import { renderAnswerPage } from '../../../src/adapters/slack/renderAnswer.js';
import { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import type { Answer, Item } from '../../../src/core/types.js';
import { blockText } from './slackHarness.js';

const item = (n: number, extra: Partial<Item['source']> = {}): Item => ({
  kind: 'person',
  text: `Answer ${n} <b>&</b>`,
  source: { id: `article-${n}`, sentence: `Sentence ${n} says <!channel> & more.`, ...extra },
});

const view = (answers: Item[], patch: Partial<AnswerView> = {}): AnswerView => ({
  answer: { input: '/search x', intent: 'search', query: 'x', answers },
  asked: '/factdesk search <x>',
  offset: 0,
  audience: 'private',
  ...patch,
});

const texts = (blocks: object[]): string[] => {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text' && typeof value === 'string') out.push(value);
        else walk(value);
      }
    }
  };
  walk(blocks);
  return out;
};

describe('Block Kit rendering of answers', () => {
  it('escapes every corpus and user string for mrkdwn, keeping its own markup', () => {
    const message = renderAnswerPage(
      view([
        item(1, { title: 'A <title> & co', url: 'https://example.org/a?b=1&c=<2>|x', date: '2024-04-05' }),
      ]),
      () => 'k',
    );
    const text = blockText(message as unknown as Record<string, unknown>);
    expect(text).toContain('*/factdesk search &lt;x&gt;* · 1 answer');
    expect(text).toContain(
      '*1.* Answer 1 &lt;b&gt;&amp;&lt;/b&gt;\n>Sentence 1 says &lt;!channel&gt; &amp; more.',
    );
    expect(text).toContain(
      'Source: <https://example.org/a?b=1&amp;c=%3C2%3E%7Cx|A &lt;title&gt; &amp; co> · 5 April 2024',
    );
    expect(message.text).toBe('Answer 1 &lt;b&gt;&amp;&lt;/b&gt;');
    // No raw control characters from the corpus survive anywhere.
    for (const t of texts(message.blocks))
      expect(t.replace(/<https:[^<>]*>|<@U0\w+>/g, '')).not.toMatch(/[<]/);
  });

  it('links only http(s) URLs; others show the title alone', () => {
    expect(mrkdwnLink('javascript:alert(1)', 'Title')).toBe('Title');
    expect(mrkdwnLink('not a url', 'Title')).toBe('Title');
    expect(mrkdwnLink(undefined, 'Title & co')).toBe('Title &amp; co');
  });

  it('shows the sentence once when the answer is the sentence itself (search), and the article id without a title', () => {
    const same: Item = {
      kind: 'passage',
      text: 'Women met in Astana.',
      source: { id: '000_abc', sentence: 'Women met in  Astana.' },
    };
    const text = blockText(renderAnswerPage(view([same]), () => 'k') as unknown as Record<string, unknown>);
    expect(text).toContain('*1.*\n>Women met in Astana.\nSource: 000_abc');
  });

  it('shows a dated event once when its answer holds its sentence whole (when), with no quote under it', () => {
    const event: Item = {
      kind: 'event',
      text: 'April 2020: In April 2020, the Council invited Kazakhstan to join.',
      date: { iso: '2020-04', text: 'April 2020' },
      source: { id: 'a1', sentence: 'In April 2020, the Council invited\nKazakhstan to join.' },
    };
    const text = blockText(renderAnswerPage(view([event]), () => 'k') as unknown as Record<string, unknown>);
    expect(text).toContain(
      '*1.* April 2020: In April 2020, the Council invited Kazakhstan to join.\nSource: a1',
    );
    expect(text).not.toContain('>In April 2020');
  });

  it('shows a sentence two answers rest on once, the second giving its date and the first', () => {
    const event = (iso: string): Item => ({
      kind: 'event',
      text: `${iso}: Talks that began in 2019 ended in 2023.`,
      date: { iso, text: iso },
      source: { id: 'a1', sentence: 'SORVA, Calveria – Talks that began in 2019 ended in 2023.' },
    });
    const text = blockText(
      renderAnswerPage(view([event('2023'), event('2019')]), () => 'k') as unknown as Record<string, unknown>,
    );
    expect(text).toContain('*1.* 2023: Talks that began in 2019 ended in 2023.\nSource: a1');
    expect(text).toContain('*2.* 2019: the same sentence as 1.\nSource: a1');
    expect(text).not.toContain('SORVA');
  });

  it('keeps each text within 3000 characters and a message within 50 blocks, cutting with an ellipsis', () => {
    const long = (n: number): Item => ({
      kind: 'passage',
      text: '&'.repeat(5000),
      source: { id: `a${n}`, title: '<'.repeat(5000), sentence: 'word '.repeat(3000) },
    });
    const message = renderAnswerPage(view(Array.from({ length: 50 }, (_, i) => long(i))), () => 'k');
    expect(message.blocks.length).toBeLessThanOrEqual(MESSAGE_BLOCK_LIMIT);
    for (const t of texts(message.blocks)) expect(t.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
    const first = texts(message.blocks)[1]!;
    expect(first).toMatch(/^\*1\.\* (&amp;)+…\n>(word )+word…$/);
    expect(message.text.length).toBeLessThanOrEqual(400);
  });

  it('cuts escaped text without splitting an entity', () => {
    expect(fitMrkdwn('a&b&c&d', 9)).toBe('a&amp;b…');
    expect(fitMrkdwn('<<<<', 10)).toBe('&lt;&lt;…');
    expect(fitMrkdwn('the quick brown fox', 12)).toBe('the quick…');
    expect(fitMrkdwn('short & sweet', 100)).toBe('short &amp; sweet');
  });

  it('pages by five: the page’s numbers, "Answers 6–10 of 12", and More with what is left', () => {
    const answers = Array.from({ length: 12 }, (_, i) => item(i + 1));
    const kept: AnswerView[] = [];
    const message = renderAnswerPage(view(answers, { offset: 5 }), (v) => (kept.push(v), 'key-1'));
    const text = blockText(message as unknown as Record<string, unknown>);
    expect(text).toMatch(/^\*6\.\* Answer 6/m);
    expect(text).not.toMatch(/^\*5\.\*|^\*11\.\*/m);
    expect(text).toContain('Answers 6–10 of 12');
    expect(text).toContain('More (2 left)');
    expect(kept).toHaveLength(1);
  });

  it('a shared answer says who shared it and has no Share button; it keeps nothing when no button is shown', () => {
    const message = renderAnswerPage(view([item(1)], { audience: 'visible', sharedBy: 'U0ALICE' }), () => {
      throw new Error('nothing to keep');
    });
    const text = blockText(message as unknown as Record<string, unknown>);
    expect(text).toContain('<@U0ALICE> shared */factdesk search &lt;x&gt;*');
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(false);
  });
});

describe('composeReply on a corpus with markup in it', () => {
  const kb = KnowledgeBase.build([
    {
      id: 'hostile',
      file: 'hostile.txt',
      title: 'Budget <b>news</b> & views',
      date: '2024-05-01',
      url: 'https://news.example/story?id=1&x=2',
      text: 'Finance Minister Anna Berg said the budget <!channel> & <https://evil.example|click> was approved on 2 May 2024.',
    },
  ]);

  it('escapes the article’s text, title and link in a real answer', async () => {
    const answer = await composeReply(
      { kb, views: new AnswerViews() },
      {
        input: '/search budget',
        asked: '/factdesk search budget',
        audience: 'private',
        channelId: 'C1',
        userId: 'U1',
      },
    );
    const text = blockText(answer as unknown as Record<string, unknown>);
    expect(text).toContain('&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;');
    expect(text).toContain(
      '<https://news.example/story?id=1&amp;x=2|Budget &lt;b&gt;news&lt;/b&gt; &amp; views> · 1 May 2024',
    );
    expect(text).not.toContain('<!channel>');
  });
});

describe('AnswerViews', () => {
  it('hands out unguessable keys and forgets the oldest views beyond its capacity', () => {
    const views = new AnswerViews(2);
    const answer: Answer = { input: 'x', intent: 'search', query: 'x', answers: [] };
    const keys = [1, 2, 3].map((offset) => views.keep({ answer, asked: 'x', offset, audience: 'private' }));
    expect(new Set(keys).size).toBe(3);
    for (const key of keys) expect(key).toMatch(/^[\w-]{22}$/);
    expect(views.find(keys[0])).toBeUndefined();
    expect(views.find(keys[2])?.offset).toBe(3);
    expect(views.find('forged')).toBeUndefined();
    expect(views.find(undefined)).toBeUndefined();
  });
});
