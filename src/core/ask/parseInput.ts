import type { ParsedInput } from '../commands.js';
import { COMMAND_INTENTS } from '../commands.js';
import { isRoleWord } from '../query/roleAsked.js';

const COMMAND = /^\/([\p{L}\d_]+)(?:@[\w]+)?(?:\s+([\s\S]*))?$/u;

// "What did Koshanov say about domestic violence?", "What has the minister said on …".
// Any verb of saying or writing: "What did Mallory tweet about the budget?", "What did the minister admit?".
const WHAT_SAID =
  /^what\s+(?:did|does|has|have|had)\s+(.+?)\s+(?:say|said|tell|told|think|thought|stress|stressed|add|added|announce|announced|admit|admitted|tweet|tweeted|text|texted|write|written|wrote|reply|replied|respond|responded|claim|claimed|warn|warned|promise|promised|argue|argued|insist|insisted|predict|predicted|post|posted|email|emailed|answer|answered|complain|complained|suggest|suggested|explain|explained|confirm|confirmed|deny|denied|concede|conceded|acknowledge|acknowledged|propose|proposed|call|called|mean|meant)(?:\s+(?:about|on|of|regarding|concerning|to)?\s*(.*))?$/i;
// "What was Hallsson's response to Dahlberg?", "What was the union's reaction?"
const WHAT_RESPONSE =
  /^what\s+(?:was|is|were)\s+(.+?)['’]s?\s+(?:response|reaction|reply|answer|verdict|message|comment|statement|view|position)(?:\s+(?:to|on|about|regarding)\s+(.*))?$/i;
const WHO_SAID = /^who\s+(?:said|says|stated|declared|wrote|stressed)\s+(.*)$/i;
/** "Who spoke for the agency?": its spokesman or spokeswoman. */
const WHO_SPOKE_FOR =
  /^who\s+(?:spoke|speaks|(?:was|is|has been)\s+speaking|has\s+spoken)\s+(?:for|on\s+behalf\s+of)\s+(.*)$/i;
const WHO = /^(?:who|whos|who['’]s)\s+(?:is|was|are|were|will be|has been)?\s*(.*)$/i;
// "Who runs the RTA?", "Who is in charge of Northgate General Hospital?": asking for whoever leads it.
const WHO_LEADS =
  /^who\s+(?:now\s+|currently\s+)?((?:will|is\s+to|is\s+going\s+to)\s+(?:run|lead|head|manage|direct|chair)\s+|(?:runs|ran|leads|led|heads|headed|manages|managed|directs|directed|chairs|chaired|(?:is|was)\s+(?:now\s+|currently\s+)?(?:running|leading|heading|managing|directing|chairing)|is\s+in\s+charge\s+(?:of|at)|was\s+in\s+charge\s+(?:of|at)|is\s+(?:the\s+)?(?:head|boss|leader)\s+(?:of|at))\s+)(.*)$/i;
/** "Who commissioned the library?", "who was the mayor who commissioned it": a verb in the past, done by whoever is asked for. */
const PAST = String.raw`(\p{Ll}{3,}ed|won|wrote|built|made|found|gave|took|sold|bought|led|ran|broke|paid|began|beat|shot|struck|hit|caught|drew|chose|sang|spoke|told|quit|left|lost)\b`;
const DONE = new RegExp(String.raw`(?:^|\bwho\s+)` + PAST, 'u');
/** "Which judge ruled in the case?": the verb after the role. */
const DONE_ANYWHERE = new RegExp(String.raw`\b` + PAST, 'u');
const WHICH = /^which\s+(.+)$/i;

/** "who's running …", "whos the boss of …": "who is", as typed in a chat. */
const WHO_IS = /^who(?:['’]s|s)\s+/i;
const ROLE_OF = /^what\s+(?:is|was)\s+(?:the\s+)?(?:role|title|job|position)\s+of\s+(.*)$/i;
const ROLE_OF_POSSESSIVE = /^what\s+(?:is|was)\s+(.+?)['’]s?\s+(?:role|title|job|position)$/i;
/**
 * "When will Akerson step down?", "When does the gallery close?", "When is the hearing?": a date still to come
 * when it was written (news asks in the present of what is planned).
 */
const AHEAD = /^when\s+(?:will|is|are|does|do)\b/i;
/** "Between which dates were …", "Over which years will …", "Over what period …": a period asked for. */
const SPAN = /^(?:between|over|during)\s+(?:what|which)\s+(?:years|months|days|dates|period)\b/i;
/** "When did …", "When was … built?": something done, not still to come. */
const DONE_ASKED = /^when\s+(?:did|was|were|had)\b/i;
const WHEN = /^when\s+(?:did|was|were|is|are|will|does|do|has|have|had)?\s*(.*)$/i;
// "Since when has …", "In what year did …", "What date is …", "How long ago did …", "Between which dates
// were …", "Over what period will …": also asking for a date.
const WHEN_OTHERWISE =
  /^(?:(?:since|until|till|by|from)\s+when|(?:in|on|by|during|from|since|between|over)?\s*(?:what|which)\s+(?:years?|months?|days?|dates?|period)|how long ago)\s+(?:did|was|were|is|are|will|does|do|has|have|had)?\s*(.*)$/i;
const WHEN_WITHIN = /(?:\b(?:since|until|till|by)\s+)?\bwhen\b|\b(?:what|which)\s+(?:year|month|date)\b/i;
const QUOTE = /^(?:quotes?|quotations?)\s+(?:by|from|of|about|on)?\s*(.*)$/i;
/** "wen does the bridge shut", "whn did …": "when" typed in a hurry. */
const MISTYPED_WHEN = /^(?:wen|whn|wehn|hwen|whem|wheb|qhen)(?=\s)/i;
// "Hey, who is …?", "Please, when did …": a greeting before the question is not part of it.
const GREETING = /^(?:(?:hey|hi|hello|ok|okay|please|so|and|um|well|tell me)\b[\s,!.:;—–-]*)+/i;
// Words that ask the question without naming what it is about ("start" does: a strike starts and ends).
const FILLER = /\b(happen(?:ed|s)?|take place|took place|occur(?:red|s)?|the date of)\b/gi;

/** Reads a command ("/who Vassilenko") or a free-text question and says what is asked. */
export function parseInput(input: string): ParsedInput {
  const text = input.trim().replace(/\s+/g, ' ');
  const command = COMMAND.exec(text);
  if (command) {
    const word = command[1]!.toLowerCase();
    const intent = COMMAND_INTENTS.get(word) ?? 'unknown';
    const query = (command[2] ?? '').trim();
    if (intent === 'who' && (BOSS.test(query) || NAMED_HEAD.test(query))) return bossOf(query, false);
    return {
      intent,
      query,
      freeText: false,
      ...(intent === 'unknown' ? { command: word } : {}),
    };
  }
  const question = text
    .replace(GREETING, '')
    .replace(/[?!.\s]+$/, '')
    .replace(MISTYPED_WHEN, 'when');
  // "Hi!" alone is a greeting: the answer is what the bot can do.
  if (!question) return { intent: 'help', query: '', freeText: true };
  let match: RegExpExecArray | null;
  if ((match = WHAT_SAID.exec(question)) || (match = WHAT_RESPONSE.exec(question))) {
    return {
      intent: 'quote',
      query: (match[2] ?? '').trim(),
      speaker: stripArticle(match[1]!),
      freeText: true,
    };
  }
  if ((match = WHO_SAID.exec(question))) return { intent: 'quote', query: match[1]!.trim(), freeText: true };
  if ((match = WHO_SPOKE_FOR.exec(question)))
    return { intent: 'who', query: `spokesperson ${stripArticle(match[1]!)}`, freeText: true };
  if ((match = ROLE_OF.exec(question)) || (match = ROLE_OF_POSSESSIVE.exec(question))) {
    return { intent: 'who', query: stripArticle(match[1]!), freeText: true };
  }
  if ((match = WHO_LEADS.exec(question.replace(WHO_IS, 'who is ')))) {
    // "Who will run …": its future head, asked with the word that asks for one.
    const future = /^(?:will|is\s+(?:to|going))\b/i.test(match[1]!) ? 'will ' : '';
    const action = actionOfLeading(match[1]!);
    return {
      intent: 'who',
      query: future + stripArticle(match[2]!),
      freeText: true,
      leading: true,
      ...(action ? { action } : {}),
    };
  }
  // "Which judge ruled in the case?", "Which BTV DG quit?": a person asked for by their role.
  if ((match = WHICH.exec(question)) && match[1]!.split(/\s+/).some(isRoleWord)) {
    const query = match[1]!;
    const action = DONE_ANYWHERE.exec(query)?.[1];
    return { intent: 'who', query, freeText: true, ...(action ? { action } : {}) };
  }
  // "Who coaches Kowalczyk?": her coach.
  const doing = WHO_DOES.exec(question);
  const role = doing ? roleDoing(doing[1]!) : undefined;
  if (doing && role) return { intent: 'who', query: `${stripArticle(doing[2]!)}'s ${role}`, freeText: true };
  if ((match = WHO.exec(question))) {
    const query = stripArticle(match[1]!);
    if (BOSS.test(query)) return bossOf(query, true);
    const action = DONE.exec(query)?.[1];
    return { intent: 'who', query, freeText: true, ...(action ? { action } : {}) };
  }
  if ((match = WHEN.exec(question)) || (match = WHEN_OTHERWISE.exec(question))) {
    return {
      intent: 'when',
      query: match[1]!.replace(FILLER, ' ').replace(/\s+/g, ' ').trim(),
      freeText: true,
      ...(AHEAD.test(question) ? { ahead: true as const } : {}),
      ...(SPAN.test(question) ? { span: true as const } : {}),
      ...(DONE_ASKED.test(question) ? { done: true as const } : {}),
    };
  }
  if ((match = QUOTE.exec(question))) return { intent: 'quote', query: match[1]!.trim(), freeText: true };
  if (/^(help|\?|what can you do|commands)$/i.test(question))
    return { intent: 'help', query: '', freeText: true };
  // "The Dow closed at 7,465 – when was it last that low?": a date asked for after what it is about.
  if ((match = WHEN_WITHIN.exec(question)))
    return {
      intent: 'when',
      query: question.replace(WHEN_WITHIN, ' ').replace(/\s+/g, ' ').trim(),
      freeText: true,
    };
  return { intent: 'search', query: question, freeText: true };
}

/**
 * "Who led the aid convoy?", "Who is leading the hunt for a new coach?": the verb as a passage writes who did
 * it ("The search will be led by …"), in the past. Not "Who heads the agency?", which asks for its head.
 */
function actionOfLeading(verbs: string): string | undefined {
  const verb = /\b(?:(ran|led|headed|managed|directed|chaired)|(lead|head|manag|direct|chair)ing)\b/i.exec(
    verbs,
  );
  if (!verb) return undefined;
  if (verb[1]) return verb[1].toLowerCase();
  const stem = verb[2]!.toLowerCase();
  return stem === 'lead' ? 'led' : `${stem}ed`;
}

/** "Who coaches Kowalczyk?", "Who captains the side?": a verb in the present, then whom or what it is done to. */
const WHO_DOES = /^[Ww]ho\s+(\p{Ll}{3,}s)\s+(.+)$/u;

/**
 * The role whose holder does what a verb says, if it is written as the verb ("coaches": coach, "captains":
 * captain, "referees": referee). Not a doer's noun ("owns": owner), which news also writes as the verb ("Jo
 * Reid, who owns the hotel"), where the role is read as that.
 */
function roleDoing(verb: string): string | undefined {
  return [verb.slice(0, -1), ...(verb.endsWith('es') ? [verb.slice(0, -2)] : [])].find(isRoleWord);
}

/** "/who Calder Homes boss", "Who is the boss of the wildlife park?": whoever leads it, by any title. */
const BOSS = /\b(?:top )?boss(?:es)?\b/;
/** "/who Motor Claims Fraud Unit head": the head of what is named, by any title. */
const NAMED_HEAD = /^(?:\p{Lu}[\p{L}'’-]*\s+)+head$/u;

function bossOf(query: string, freeText: boolean): ParsedInput {
  const rest = query
    .replace(BOSS, ' ')
    .replace(/\shead$/, ' ')
    .replace(/^\s*(?:of|at)\s+/i, '')
    .replace(/\s+/g, ' ');
  return { intent: 'who', query: stripArticle(rest), freeText, leading: true };
}

function stripArticle(text: string): string {
  return text.trim().replace(/^(the|a|an)\s+/i, '');
}
