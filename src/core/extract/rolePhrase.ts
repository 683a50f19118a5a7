import type { Token } from '../text/tokenize.js';
import { isCapitalised, isPossessive } from '../text/tokenize.js';
import {
  ABBREVIATED_ROLES,
  HONORIFICS,
  NEVER_NAMES,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
} from './lexicon.js';

/** A role found next to a name, as token indexes (end exclusive) into the passage. */
export interface RoleSpan {
  from: number;
  to: number;
}

const CONNECTORS = new Set(['of', 'to', 'for', 'at', 'and', '&', 'the', 'on', 'in']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);
const APPOSITION_END = new Set([',', '.', ';', ':', ')', '(', '–', '—', '!', '?']);
const MAX_ROLE_TOKENS = 12;

/** "Minister", "co-founder", "CEO", plural "Senators" alike. */
export function isRoleHead(word: string): boolean {
  const lower = word.toLowerCase();
  if (ROLE_HEADS.has(lower) || lower in ABBREVIATED_ROLES) return true;
  return lower.length > 3 && lower.endsWith('s') && ROLE_HEADS.has(lower.slice(0, -1));
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase());
}

function isRoleWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const lower = token.text.toLowerCase();
  return isRoleHead(lower) || ROLE_MODIFIERS.has(lower) || isPossessive(token) || isCapitalised(token);
}

/**
 * The title written before a name ("Deputy Foreign Minister", "EU Ambassador to Kazakhstan",
 * "Apple Computer CEO and co-founder", "Ryanair CEO," at the start of a sentence).
 */
export function titleBefore(tokens: Token[], nameFrom: number): RoleSpan | undefined {
  let end = nameFrom;
  let commaForm = false;
  if (tokens[end - 1]?.text === ',') {
    end--;
    commaForm = true;
  }
  let from = end;
  while (from > 0 && end - from < MAX_ROLE_TOKENS) {
    const token = tokens[from - 1]!;
    if (isRoleWord(token) || CONNECTORS.has(token.text.toLowerCase())) from--;
    else if (
      token.text === '.' &&
      isCapitalised(tokens[from - 2]) &&
      tokens[from - 2]!.text.toLowerCase() in ABBREVIATED_ROLES
    )
      from--;
    else break;
  }
  from = trimRoleStart(tokens, from, end);
  if (from >= end) return undefined;
  if (commaForm) {
    // "Ryanair CEO, Michael O'Leary, said": only where the title opens the sentence, and ends with its head.
    const opensSentence = from === 0 || /^[–—:“"(]$/.test(tokens[from - 1]!.text);
    if (!opensSentence || !isRoleHead(tokens[end - 1]!.text)) return undefined;
  }
  return isWellFormedRole(tokens, from, end) ? { from, to: end } : undefined;
}

/**
 * The role written in apposition after a name: "Daniya Yespayeva, the vice speaker of the Mazhilis, …",
 * "X, a spokesman for Y", "X, 56, chairman of Y", "X, who is the chairman of Y".
 */
export function appositionAfter(tokens: Token[], nameTo: number): RoleSpan | undefined {
  let i = nameTo;
  if (tokens[i]?.text === '(') return undefined;
  if (tokens[i]?.text !== ',') return undefined;
  i++;
  if (tokens[i]?.kind === 'number' && tokens[i + 1]?.text === ',') i += 2; // age
  if (tokens[i]?.text.toLowerCase() === 'who' && /^(is|was|has|had)$/.test(tokens[i + 1]?.text ?? '')) {
    i += 2;
    if (tokens[i]?.text === 'been') i++;
  }
  return roleSpanFrom(tokens, i);
}

/** "named Mary Barra as its new chief executive". */
export function roleAfterAs(tokens: Token[], nameTo: number): RoleSpan | undefined {
  return tokens[nameTo]?.text === 'as' ? roleSpanFrom(tokens, nameTo + 1) : undefined;
}

function roleSpanFrom(tokens: Token[], start: number): RoleSpan | undefined {
  let i = start;
  if (DETERMINERS.has(tokens[i]?.text.toLowerCase() ?? '')) i++;
  const from = i;
  let object = -1; // where the head's object starts ("spokesman for | the ministry")
  while (i < tokens.length && i - from < MAX_ROLE_TOKENS) {
    const token = tokens[i]!;
    const lower = token.text.toLowerCase();
    if (object < 0 && OBJECT_CONNECTORS.has(lower) && i > from && isRoleHead(tokens[i - 1]!.text)) object = i;
    // The object may hold a few plain words ("for the ministry"), but no clause ("that makes cars").
    const plainObjectWord =
      object >= 0 &&
      token.kind === 'word' &&
      i - object <= 4 &&
      !SPEECH_VERBS.has(lower) &&
      !/^(that|which|who|whose)$/.test(lower);
    if (isRoleWord(token) || CONNECTORS.has(lower) || plainObjectWord) i++;
    else break;
  }
  // A speech verb may follow directly ("X, a spokesman for Y said").
  const stop = tokens[i];
  const ends =
    !stop ||
    APPOSITION_END.has(stop.text) ||
    SPEECH_VERBS.has(stop.text.toLowerCase()) ||
    /^(who|which|and)$/.test(stop.text);
  if (!ends) return undefined;
  let to = i;
  while (to > from && CONNECTORS.has(tokens[to - 1]!.text.toLowerCase())) to--;
  if (to <= from || CONNECTORS.has(tokens[from]!.text.toLowerCase())) return undefined;
  // The head must come early: "the vice speaker of …", not "the Dialogue of Women of Central Asia".
  for (let k = from; k < Math.min(to, from + 5); k++) {
    if (isRoleHead(tokens[k]!.text)) return isWellFormedRole(tokens, from, to) ? { from, to } : undefined;
  }
  return undefined;
}

function trimRoleStart(tokens: Token[], from: number, end: number): number {
  while (from < end) {
    const token = tokens[from]!;
    const lower = token.text.toLowerCase();
    const starter = CONNECTORS.has(lower) || isPossessive(token) || token.text === '.';
    if (starter || (NEVER_NAMES.has(lower) && !ROLE_MODIFIERS.has(lower))) from++;
    else break;
  }
  return from;
}

const OBJECT_CONNECTORS = new Set(['of', 'to', 'for', 'at', 'on']);

/**
 * A role ends with its head, or goes on into the head's object after a preposition:
 * "EU Ambassador to Kazakhstan", "vice speaker of the Mazhilis"; not "Vice President Jusuf Kalla in".
 */
function isWellFormedRole(tokens: Token[], from: number, to: number): boolean {
  const isHead = (k: number) => isRoleHead(tokens[k]!.text) && !isHonorific(tokens[k]!.text);
  let k = from;
  while (k < to && !isHead(k)) k++;
  if (k === to) return false;
  while (k < to && !OBJECT_CONNECTORS.has(tokens[k]!.text.toLowerCase())) k++;
  return isHead(k - 1) && (k === to || k < to - 1);
}

/** The role as a person reads it: text of the span, without a leading article. */
export function roleText(text: string, tokens: Token[], span: RoleSpan): string {
  const raw = text.slice(tokens[span.from]!.start, tokens[span.to - 1]!.end);
  const expanded = raw.replace(
    /^(Sen|Rep|Gov|Gen|Col|Lt|Capt|Adm|Pres|Supt|Insp|Det|Sgt)\.(?=\s|$)/,
    (abbr) => ABBREVIATED_ROLES[abbr.slice(0, -1).toLowerCase()] ?? abbr,
  );
  // "new" and "current" say when the article was written, not what the role is.
  return expanded
    .replace(/\s+/g, ' ')
    .replace(/^(?:(?:the|a|an|new|current)\s+)+/i, '')
    .trim();
}
