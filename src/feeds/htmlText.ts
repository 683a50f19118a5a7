import { parseHTML } from 'linkedom';

/** What the paragraph walk needs of a DOM node (linkedom's, or the one Readability hands back). */
export interface HtmlNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: HtmlNode | null;
  nextSibling: HtmlNode | null;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements that stand apart from the text around them: each begins and ends a paragraph. */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR CAPTION DD DETAILS DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'.split(
    ' ',
  ),
);
/** Elements whose text is not the article's. */
const LEFT_OUT = new Set('HEAD IFRAME NOSCRIPT OBJECT SCRIPT STYLE SVG TEMPLATE'.split(' '));

/** The text of an HTML fragment (a feed item's content or summary) as paragraphs, markup left out. */
export function htmlParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return nodeParagraphs(document.body as HtmlNode);
}

/**
 * The text under `root` as paragraphs: a block element (a paragraph, a heading, a list item, a line break)
 * ends one, white space inside one is a single space. Walked with a stack of its own, so that a page nested
 * thousands deep cannot overflow the call stack.
 */
export function nodeParagraphs(root: HtmlNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const end = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  // An entry is a node to enter, or `null` for the end of a block entered before.
  const stack: (HtmlNode | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      end();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT || LEFT_OUT.has(node.nodeName.toUpperCase())) continue;
    if (BLOCKS.has(node.nodeName.toUpperCase())) {
      end();
      stack.push(null);
    }
    // Siblings followed one to the next: linkedom finds `childNodes[i]` by walking, which made a long page quadratic.
    const children: HtmlNode[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  end();
  return paragraphs;
}

/** Plain text (a JSON Feed's `content_text`) as paragraphs: blank lines part them. */
export function textParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
