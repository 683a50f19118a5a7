import { describe, expect, it } from 'vitest';
import { parseTelegramHtml } from './telegramHtml.js';

// The fake Bot API refuses what Telegram refuses, so that the escaping tests can fail.
describe('the fake Bot API’s HTML check', () => {
  it('accepts escaped text in known tags and gives the text a user sees', () => {
    expect(parseTelegramHtml('<b>a &lt; b</b> &amp; <a href="https://x.org/?a=1&amp;b=2">c</a>')).toEqual({
      text: 'a < b & c',
    });
  });

  it('refuses a bare <, >, &, an unknown or unclosed tag, and a link it cannot open', () => {
    for (const html of [
      'a < b',
      'a > b',
      'a & b',
      '<script>x</script>',
      '<b>x',
      '<a href="javascript:x">y</a>',
    ]) {
      expect(parseTelegramHtml(html)).toHaveProperty('error');
    }
  });
});
