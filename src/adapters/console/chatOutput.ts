import type { Interface } from 'node:readline';
import { clearScreenDown, cursorTo, moveCursor } from 'node:readline';
import type { Writable } from 'node:stream';

/**
 * The terminal of the console chat, shared with what prints while the chat waits for a line (log lines, a
 * digest that comes due): their text goes above the prompt, and the prompt is drawn again under it with
 * what was half typed, so that nothing lands in the middle of a line being typed.
 */
export class ChatOutput {
  private prompt: Interface | undefined;

  constructor(readonly stream: Writable) {}

  /** The chat shows its prompt and waits for a line on `lines`; `undefined` when it answers or has ended. */
  waitAt(lines: Interface | undefined): void {
    this.prompt = lines;
  }

  /** Whether the chat shows its prompt and waits for a line. */
  get waiting(): boolean {
    return this.prompt !== undefined;
  }

  /** Whether there is still a terminal to print on. */
  get writable(): boolean {
    return this.stream.writable;
  }

  /**
   * Prints `text` as a line (or lines) of its own with `write` (on the chat's output unless told otherwise),
   * above the prompt if one is shown.
   */
  print(text: string, write: (text: string) => void = (t) => this.stream.write(`${t}\n`)): void {
    const lines = this.prompt;
    if (!lines) {
      write(text);
      return;
    }
    // Back to where the prompt starts (a long line takes several rows), and clear from there down.
    const { rows } = lines.getCursorPos();
    moveCursor(this.stream, 0, -rows);
    cursorTo(this.stream, 0);
    clearScreenDown(this.stream);
    write(text);
    // readline redraws its line from as many rows above the cursor as the cursor was below the prompt's start:
    // that many new lines put the cursor where the redraw lands under the text.
    if (rows > 0) this.stream.write('\n'.repeat(rows));
    lines.prompt(true);
  }
}
