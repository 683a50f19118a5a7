import { config as loadDotenv } from 'dotenv';
import { parseArgs } from 'node:util';
import { askLines, askOnce } from './adapters/console/askCommand.js';
import { runConsoleChat } from './adapters/console/chat.js';
import { ChatOutput } from './adapters/console/chatOutput.js';
import { consoleDigestCommand, consoleDigestTransport } from './adapters/console/consoleDigest.js';
import { consoleSettingsCommand } from './adapters/console/consoleSettings.js';
import { printFacts } from './adapters/console/factsCommand.js';
import { progressBar } from './adapters/console/progressBar.js';
import { printStatus } from './adapters/console/statusCommand.js';
import type { Config } from './config.js';
import { loadConfig, secretsOf } from './config.js';
import type { KnowledgeBase, OpenedKnowledgeBase, SyncResult } from './core/mod.js';
import { ArticleError, ConfigError, openKnowledgeBase, watchCorpus } from './core/mod.js';
import type { PendingDigests } from './digest/openDigests.js';
import { openDigestsWhenPossible } from './digest/openDigests.js';
import type { DigestTransport } from './digest/transport.js';
import type { RunningFeeds } from './feeds/openFeeds.js';
import { startFeeds } from './feeds/openFeeds.js';
import type { Follows } from './follows/openFollows.js';
import { openFollows } from './follows/openFollows.js';
import { Health } from './health.js';
import { openHttpServers } from './httpServers.js';
import type { HookableLogger, Logger } from './logger.js';
import type { Platform, Stop } from './platform.js';
import { createLogger, escapeControl, redact, redactConsole } from './logger.js';
import { progressLog } from './progressLog.js';
import { collectStatus } from './status.js';

const USAGE = `Usage: factdesk <command> [options]

Commands:
  ask [--corpus DIR] [--json] TEXT   answer one question (as Answer JSON with --json)
  ask [--corpus DIR] --jsonl         answer one question a line from stdin, one JSON a line
  facts [--corpus DIR] [--jsonl]     every extracted fact
  chat [--corpus DIR]                the console chat
  status [--corpus DIR] [--json]     the corpus's counts and skipped files, the cache, the digests
  start                              Telegram and Slack if configured, else the console chat

Options:
  --corpus DIR   the corpus folder (default: CORPUS_DIR or ./corpus)
  -h, --help     this text

Exit status:
  0   done; for ask TEXT, it found an answer
  1   ask TEXT found no answer, or something failed (said on stderr)
  2   a usage mistake
  (ask --jsonl exits 0 once every question has its line, answered or not)`;

/** A usage mistake: told in one line with the usage, exit code 2. */
class UsageError extends Error {}

/**
 * The configuration's secrets, once read. Besides the logger, an error that ends the process and what libraries
 * print with `console` may hold one (a request's URL holds the bot token): they are redacted too.
 */
let secrets: readonly string[] = [];

async function main(argv: string[]): Promise<number> {
  loadDotenv({ quiet: true });
  const config = loadConfig();
  secrets = secretsOf(config);
  redactConsole(secrets);
  const logger = createLogger(config.logLevel, secrets);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      corpus: { type: 'string' },
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command === undefined) throw new UsageError('which command?');
  const unknown = Object.keys(values).filter((k) => !['corpus', 'json', 'jsonl', 'help'].includes(k));
  if (unknown.length) throw new UsageError(`unknown option --${unknown[0]}`);
  const corpusDir = typeof values.corpus === 'string' ? values.corpus : config.corpusDir;
  const open = () => loadKnowledge(corpusDir, config, logger, true);

  switch (command) {
    case 'ask': {
      if (values.jsonl) {
        await askLines((await open()).kb, process.stdin, process.stdout);
        return 0;
      }
      const text = rest.join(' ');
      if (!text.trim()) throw new UsageError('ask needs a question, or --jsonl to read questions from stdin');
      return askOnce((await open()).kb, text, values.json === true, process.stdout) ? 0 : 1;
    }
    case 'facts':
      printFacts((await open()).kb, values.jsonl === true, process.stdout);
      return 0;
    case 'chat': {
      await chat(await open(), config, corpusDir, logger);
      return 0;
    }
    case 'status': {
      const opened = await open();
      const status = await collectStatus(opened, {
        corpusDir,
        cacheDir: config.cacheDir,
        databasePath: config.databasePath,
      });
      printStatus(status, values.json === true, process.stdout);
      return 0;
    }
    case 'start':
      return start(config, corpusDir, logger);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/**
 * Loads the corpus, showing how far the first read of its files is: a progress bar on stderr when it is a
 * terminal and the process runs `onConsole` (a chat or a command), else a log line every few seconds.
 * A file's warnings are told when it is first seen or has changed, not at every start.
 */
async function loadKnowledge(
  corpusDir: string,
  config: Config,
  logger: Logger,
  onConsole: boolean,
): Promise<OpenedKnowledgeBase> {
  const started = performance.now();
  const bar = onConsole && process.stderr.isTTY ? progressBar(process.stderr) : undefined;
  let opened: OpenedKnowledgeBase;
  try {
    opened = await openKnowledgeBase(corpusDir, {
      cacheDir: config.cacheDir,
      onCacheProblem: (message) => logger.warn(`cache: ${message}`),
      onProgress: bar ? (progress) => bar.update(progress) : progressLog(logger),
    });
  } finally {
    bar?.stop();
  }
  for (const problem of opened.cacheWarnings) logger.warn(`cache: ${problem}`);
  reportCorpusFiles(opened.loaded, logger);
  const told = opened.warnings.length - opened.loaded.newWarnings.length;
  if (told > 0) {
    logger.info(
      told === 1
        ? 'corpus: 1 earlier warning not repeated, its file unchanged (factdesk status lists it)'
        : `corpus: ${told} earlier warnings not repeated, their files unchanged (factdesk status lists them)`,
    );
  }
  const { articles, people, events, quotes } = opened.kb.stats;
  logger.debug(
    `corpus ${corpusDir}: ${articles} articles, ${people} people, ${events} events, ${quotes} quotations in ${Math.round(performance.now() - started)} ms`,
  );
  if (articles === 0) logger.warn(`corpus: no articles in ${corpusDir} (.txt, .md or .jsonl files)`);
  return opened;
}

/** Tells the warnings of files new or changed, and the documentation files seen for the first time. */
function reportCorpusFiles({ newWarnings, leftOut }: SyncResult, logger: Logger): void {
  for (const warning of newWarnings) logger.warn(`corpus: ${warning.file}: ${warning.reason}`);
  if (leftOut.length > 0) {
    const files = leftOut.length === 1 ? 'documentation file' : 'documentation files';
    logger.info(`corpus: left out ${leftOut.length} ${files} (${leftOut.join(', ')})`);
  }
}

/**
 * Keeps the knowledge base in line with the corpus folder while the bot runs; the returned function stops
 * watching and writes the cache, so that the next start finds the corpus as it is now.
 */
function watchLive(opened: OpenedKnowledgeBase, logger: Logger): () => Promise<void> {
  const watcher = watchCorpus(opened.corpus, {
    onSynced: (result) => {
      const { added, changed, removed, cacheProblems } = result;
      for (const problem of cacheProblems) logger.warn(`cache: ${problem}`);
      reportCorpusFiles(result, logger);
      if (added.length + changed.length + removed.length > 0) {
        logger.info(
          `corpus: ${added.length} new, ${changed.length} changed, ${removed.length} removed articles`,
        );
      }
    },
    onError: (error) => logger.warn(`corpus: cannot follow changes (${error.message})`),
  });
  return async () => {
    // The last changes seen are synced first: an article written just before the stop is owed its alerts.
    await watcher.settled();
    watcher.close();
    await opened
      .save()
      .catch((error: Error) => logger.warn(`cache: cannot write the index (${error.message})`));
  };
}

/**
 * Polls the feeds followed (`FEED_URLS`, and those chats added with `/feeds add`), writing their new articles
 * into the corpus folder, where the live watcher (started before) indexes them; `stop` stops polling,
 * aborting the requests under way.
 */
function followFeeds(config: Config, corpusDir: string, logger: Logger): RunningFeeds {
  return startFeeds({
    databasePath: config.databasePath,
    corpusDir,
    urls: config.feeds.urls,
    intervalMs: config.feeds.intervalMs,
    allowPrivate: config.feeds.allowPrivate,
    logger,
  });
}

/**
 * The chats' follows (`/follow`), alerted through `transports` (as digests are) of each article the live sync
 * adds; `close` stops them.
 */
function alertFollows(
  opened: OpenedKnowledgeBase,
  config: Config,
  logger: Logger,
  transports: DigestTransport[],
): Follows {
  const follows = openFollows({ databasePath: config.databasePath, kb: opened.kb, transports, logger });
  const stopListening = opened.corpus.onArticlesAdded((ids) => follows.articlesAdded(ids));
  return {
    ...follows,
    close: async () => {
      stopListening();
      await follows.close();
    },
  };
}

/**
 * The console chat with the live corpus and the feeds, with `/digest`, `/follow` and `/feeds` for its one
 * chat, its daily digest and alerts printed when due. Stopped in the order that loses no alert: the feeds
 * first (no new file), then the watcher (the last sync done), then the follows (its alerts recorded or sent).
 */
async function chat(
  opened: OpenedKnowledgeBase,
  config: Config,
  corpusDir: string,
  logger: HookableLogger,
): Promise<void> {
  const { kb } = opened;
  const stopWatching = watchLive(opened, logger);
  const feeds = followFeeds(config, corpusDir, logger);
  const output = new ChatOutput(process.stdout);
  // Log lines (on stderr, as ever) go above the prompt while the chat waits for a line.
  logger.setOutputHook((line, write) => output.print(line, write));
  const transports = [consoleDigestTransport(output)];
  const digests = openDigestsOrWarn(kb, config, logger, transports);
  const follows = alertFollows(opened, config, logger, transports);
  digests.start();
  try {
    await runConsoleChat({
      kb,
      input: process.stdin,
      output,
      interactive: process.stdin.isTTY === true,
      digest: consoleDigestCommand(digests.service),
      settings: consoleSettingsCommand({ follows: follows.service, feeds: feeds.service }),
    });
  } finally {
    await feeds.stop();
    await stopWatching();
    logger.setOutputHook(undefined);
    await follows.close();
    await digests.close();
  }
}

/**
 * The digest store (`DATABASE_PATH`) and its scheduler (not started), sending through `transports` (one per
 * platform this process runs). A database that cannot be opened leaves digests unavailable, said in the log
 * and to every `/digest`, not the bot; one another process holds locked is opened once it can be.
 */
function openDigestsOrWarn(
  kb: KnowledgeBase,
  config: Config,
  logger: Logger,
  transports: DigestTransport[],
): PendingDigests {
  return openDigestsWhenPossible({
    databasePath: config.databasePath,
    kb,
    defaults: { time: config.digest.defaultTime, timeZone: config.digest.defaultTimeZone },
    transports,
    logger,
  });
}

/**
 * Runs every configured platform, and the daily digests of their chats, until SIGINT or SIGTERM; then stops
 * them (replies under way finish). Telegram's webhook and Slack's HTTP mode, when both are configured,
 * share one server on `PORT`; `/healthz` answers there and on `HEALTH_PORT`.
 */
async function start(config: Config, corpusDir: string, logger: HookableLogger): Promise<number> {
  const health = new Health();
  // Listening before the corpus is read (minutes, the first time, for a large one): /healthz says it is loading.
  const servers = config.telegram || config.slack ? await openHttpServers(config, health) : undefined;
  let opened: OpenedKnowledgeBase;
  try {
    opened = await loadKnowledge(corpusDir, config, logger, !servers);
  } catch (error) {
    await servers?.close();
    throw error;
  }
  if (!servers) {
    logger.info('no Telegram or Slack configured: starting the console chat');
    await chat(opened, config, corpusDir, logger);
    return 0;
  }
  const { kb } = opened;
  const stopped = untilStopped(logger);
  // The transports have clients of their own, so the digests are there for the first /digest command; the
  // scheduler starts once the platforms run (their tokens checked).
  const platforms = await configuredPlatforms(config, logger, stopped.fail);
  const transports = platforms.map((platform) => platform.transport);
  const digests = openDigestsOrWarn(kb, config, logger, transports);
  const follows = alertFollows(opened, config, logger, transports);
  health.ready(kb, digests);
  const stopWatching = watchLive(opened, logger);
  const feeds = followFeeds(config, corpusDir, logger);
  const stops: Stop[] = [];
  const stopAll = async () => {
    // The servers first: no new requests, and those under way are answered before the rest stops.
    await servers.close();
    // Then, in turn, what adds articles, so that none is left unalerted: the feeds (no new file), the watcher
    // (the last sync done); the follows once their alerts are recorded or sent, and the database last.
    await feeds.stop();
    await stopWatching();
    await Promise.all([...stops.map((stop) => stop()), digests.stop(), follows.close()]);
    await digests.close();
  };
  try {
    const context = {
      kb,
      digests: digests.service,
      follows: follows.service,
      feeds: feeds.service,
      http: servers.platforms,
    };
    for (const platform of platforms) stops.push(await platform.start(context));
  } catch (error) {
    await stopAll();
    throw error;
  }
  digests.start();
  const code = await stopped.code;
  await stopAll();
  return code;
}

/**
 * The platforms configured, Telegram first. Each one's library is loaded only when it is configured: the
 * console chat and the command line start without them (Bolt alone takes a quarter of a second to load).
 */
async function configuredPlatforms(
  config: Config,
  logger: Logger,
  onFatal: (error: Error) => void,
): Promise<Platform[]> {
  const platforms: Platform[] = [];
  const { port } = config;
  if (config.telegram) {
    const { telegramPlatform } = await import('./adapters/telegram/startTelegram.js');
    platforms.push(telegramPlatform(config.telegram, { port, logger, onFatal }));
  }
  if (config.slack) {
    const { slackPlatform } = await import('./adapters/slack/startSlack.js');
    platforms.push(slackPlatform(config.slack, { port, logger }));
  }
  return platforms;
}

/** Resolves with the exit code when SIGINT or SIGTERM asks to stop (0) or a platform fails for good (1). */
function untilStopped(logger: Logger): { code: Promise<number>; fail: (error: Error) => void } {
  let settle!: (code: number) => void;
  const code = new Promise<number>((resolve) => (settle = resolve));
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info(`${signal}: stopping`);
    finish(0);
  };
  const finish = (exitCode: number) => {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    settle(exitCode);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  return {
    code,
    fail: (error) => {
      logger.error(error.message);
      finish(1);
    },
  };
}

// `factdesk facts --jsonl | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** Tells why the process ends, on stderr: one line for a known cause, the stack for a bug. Returns the exit code. */
function reportFailure(error: unknown): number {
  const line = (text: string) => redact(escapeControl(text), secrets);
  if (error instanceof UsageError) {
    process.stderr.write(`factdesk: ${line(error.message)}\n\n${USAGE}\n`);
    return 2;
  }
  if (error instanceof ArticleError || error instanceof ConfigError) {
    process.stderr.write(`factdesk: ${line(error.message)}\n`);
    return 1;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`factdesk: unexpected error: ${redact(stack, secrets)}\n`);
  return 1;
}

// An error nothing caught (in a library's callback, or a promise no one waits for) ends the process as Node
// would, but told by reportFailure rather than printed by Node as it is, secrets and all.
process.on('uncaughtException', (error) => process.exit(reportFailure(error)));
process.on('unhandledRejection', (reason) => process.exit(reportFailure(reason)));

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportFailure(error);
  },
);
