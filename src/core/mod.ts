/**
 * The core's one face: everything code outside the core (adapters, the command line) uses, so that the core's
 * files can move and change inside it. Lint holds adapters and the top-level files to it.
 */
export { ask } from './ask/ask.js';
export type { HelpExamples } from './ask/helpExamples.js';
export { exampleOf, helpExamples, questionsOf } from './ask/helpExamples.js';
export { lookUp } from './ask/lookUp.js';
export { parseInput } from './ask/parseInput.js';
export { BoundedMap } from './boundedMap.js';
export { cacheSize } from './cache/cacheSize.js';
export type { CommandName, SettingsCommand } from './commands.js';
export { COMMANDS, settingsCommandOf } from './commands.js';
export type { CorpusWarning } from './corpus/loadCorpus.js';
export type { Digest, OutgoingMessage } from './digest/types.js';
export { canonicalTimeZone, parseTimeOfDay, wallTimeOf } from './digest/zonedTime.js';
export { ArticleError, asError, ConfigError, errorText } from './errors.js';
export type { KnowledgeBase, KnowledgeStats } from './knowledgeBase.js';
export type { SyncResult } from './load/corpusSync.js';
export type { LoadProgress, OnProgress } from './load/loadProgress.js';
export { PaceMeter } from './load/loadProgress.js';
export type { OpenedKnowledgeBase } from './load/openKnowledgeBase.js';
export { openKnowledgeBase } from './load/openKnowledgeBase.js';
export { watchCorpus } from './load/watchCorpus.js';
export { knownCounts } from './query/knownCounts.js';
export { shownParts } from './query/toItem.js';
export { formatDate } from './text/formatDate.js';
export type { Answer, Item } from './types.js';
