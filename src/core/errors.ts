/** factdesk's own errors, and how any thrown value is told in words (as Bolt keeps its errors in one module). */

/** A thrown value's message: what every log line and reply shows of a failure. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A thrown value as an `Error`, for listeners typed to take one. */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** A wrong setting: the message names the variable and what it expects, in one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A file or record that cannot be read as an article; the message is the reason shown to the user. */
export class ArticleError extends Error {
  override name = 'ArticleError';
}

/** Something wrong with a snapshot file, in words for a warning. */
export class SnapshotError extends Error {}

/** A database written by a newer factdesk: its schema is unknown here, so it is not touched. */
export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
}

/** A response that is not a feed factdesk reads: malformed XML or JSON, or another format. */
export class FeedFormatError extends Error {
  override name = 'FeedFormatError';
}
