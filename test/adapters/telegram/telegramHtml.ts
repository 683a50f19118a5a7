/**
 * Telegram's HTML parse mode, as strictly as the Bot API applies it: the tags it knows, balanced; `<`, `>`
 * and `&` only as tags or entities; links only to addresses it can open. Gives the text a user sees, whose
 * length is what the 4096-character limit counts, or the Bot API's error description.
 */
export function parseTelegramHtml(html: string): { text: string } | { error: string } {
  const TAGS = new Set([
    'b',
    'strong',
    'i',
    'em',
    'u',
    'ins',
    's',
    'strike',
    'del',
    'a',
    'code',
    'pre',
    'blockquote',
    'tg-spoiler',
    'span',
  ]);
  const fail = (why: string) => ({ error: `Bad Request: can't parse entities: ${why}` });
  const open: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '<') {
      const tag = /^<(\/?)([a-z-]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>/.exec(html.slice(i));
      if (!tag) return fail(`unsupported start tag at byte offset ${i}`);
      const [whole, closing, name, attributes] = tag as unknown as [string, string, string, string];
      if (!TAGS.has(name)) return fail(`unsupported start tag "${name}" at byte offset ${i}`);
      if (closing) {
        if (open.pop() !== name)
          return fail(`can't find end tag corresponding to start tag at byte offset ${i}`);
      } else {
        if (name === 'a') {
          const href = /href="([^"]*)"/.exec(attributes)?.[1];
          if (href === undefined || !/^(https?|tg):\/\/\S+$/.test(decodeEntities(href))) {
            return fail(`wrong HTTP URL at byte offset ${i}`);
          }
        }
        open.push(name);
      }
      i += whole.length;
    } else if (c === '&') {
      const entity = /^&(lt|gt|amp|quot|#\d+|#x[\da-f]+);/i.exec(html.slice(i));
      if (!entity) return fail(`character & must be escaped at byte offset ${i}`);
      text += decodeEntities(entity[0]);
      i += entity[0].length;
    } else if (c === '>') {
      return fail(`character > must be escaped at byte offset ${i}`);
    } else {
      text += c;
      i++;
    }
  }
  if (open.length) return fail(`can't find end tag corresponding to start tag "${open.at(-1)}"`);
  return { text: text.trim() };
}

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#\d+|#x[\da-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}
