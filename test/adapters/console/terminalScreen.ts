import { PassThrough } from 'node:stream';

/** What follows ESC: a cursor move or erasing (ESC [ n A B C D G J K). */
const CONTROL = /^\[(\d*)([A-DGJK])/;
/** What follows ESC: saving and restoring the cursor (ESC 7, ESC 8), hiding or showing it (ESC [ ? 25 l / h). */
const CURSOR = /^(?:([78])|\[\?25[hl])/;

/**
 * A terminal as a test sees it: what its screen shows after what was written to it. Enough of a VT100 for
 * readline: characters wrapping at `columns` (the wrap deferred, as terminals do, until the next character),
 * CR, LF (as CR LF: a terminal's driver adds the CR), cursor moves (ESC [ n A B C D G, ESC 7, ESC 8) and
 * erasing (ESC [ 0 J, ESC [ n K). Anything else fails the test, so that the screen is never guessed at.
 */
export class TerminalScreen {
  /** The stream to hand the chat as its output: a terminal of `columns` columns that draws on this screen. */
  readonly stream: PassThrough & { isTTY: true; columns: number };
  private readonly rows: string[][] = [[]];
  private row = 0;
  private col = 0;
  private written = 0;
  private saved = { row: 0, col: 0 };
  private readonly watchers = new Set<() => void>();

  constructor(readonly columns: number) {
    this.stream = Object.assign(new PassThrough(), { isTTY: true as const, columns });
    this.stream.on('data', (chunk: Buffer) => {
      this.draw(chunk.toString('utf8'));
      this.written++;
      for (const watch of [...this.watchers]) watch();
    });
  }

  /** The screen's lines, without trailing spaces or empty lines at the bottom. */
  get text(): string {
    return this.rows
      .map((r) => r.join('').trimEnd())
      .join('\n')
      .trimEnd();
  }

  /** The last line drawn and where the cursor stands in it. */
  get cursorLine(): { line: string; col: number } {
    return { line: (this.rows[this.row] ?? []).join('').trimEnd(), col: this.col };
  }

  /** How many times something was written: a key echoed, a line answered, the cursor moved. */
  get writes(): number {
    return this.written;
  }

  /** Resolves once `check` passes; fails, naming `what` and showing the screen, after `ms` (5 s). */
  until(check: () => boolean, what: string, ms = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      const watch = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.watchers.delete(watch);
        resolve();
      };
      const timer = setTimeout(() => {
        this.watchers.delete(watch);
        reject(new Error(`the screen never showed ${what}; it shows:\n${this.text}`));
      }, ms);
      this.watchers.add(watch);
      watch();
    });
  }

  private draw(data: string): void {
    for (let i = 0; i < data.length;) {
      const c = data[i]!;
      if (c === '\x1b') {
        const rest = data.slice(i + 1);
        const cursor = CURSOR.exec(rest);
        const control = CONTROL.exec(rest);
        if (cursor) {
          if (cursor[1] === '7') this.saved = { row: this.row, col: this.col };
          else if (cursor[1] === '8') this.moveTo(this.saved.row, this.saved.col);
        } else if (control) this.control(control[2]!, control[1] === '' ? undefined : Number(control[1]));
        else throw new Error(`unknown escape sequence ${JSON.stringify(data.slice(i, i + 8))}`);
        i += 1 + (cursor ?? control)![0].length;
        continue;
      }
      if (c === '\r') this.col = 0;
      else if (c === '\n') this.moveTo(this.row + 1, 0);
      else this.put(c);
      i++;
    }
  }

  private put(c: string): void {
    if (this.col >= this.columns) this.moveTo(this.row + 1, 0);
    const line = this.rows[this.row]!;
    while (line.length < this.col) line.push(' ');
    line[this.col] = c;
    this.col++;
  }

  private control(command: string, n: number | undefined): void {
    const last = this.columns - 1;
    const col = Math.min(this.col, last);
    switch (command) {
      case 'A':
        return this.moveTo(Math.max(0, this.row - (n ?? 1)), col);
      case 'B':
        return this.moveTo(this.row + (n ?? 1), col);
      case 'C':
        return this.moveTo(this.row, Math.min(last, col + (n ?? 1)));
      case 'D':
        return this.moveTo(this.row, Math.max(0, col - (n ?? 1)));
      case 'G':
        return this.moveTo(this.row, Math.min(last, (n ?? 1) - 1));
      case 'J':
        if ((n ?? 0) !== 0) throw new Error(`unsupported ESC [${n}J`);
        this.rows[this.row]!.length = Math.min(this.rows[this.row]!.length, this.col);
        this.rows.length = this.row + 1;
        return;
      case 'K': {
        const line = this.rows[this.row]!;
        if ((n ?? 0) === 0) line.length = Math.min(line.length, this.col);
        else if (n === 1) line.fill(' ', 0, Math.min(line.length, this.col + 1));
        else line.length = 0;
        return;
      }
    }
  }

  private moveTo(row: number, col: number): void {
    while (this.rows.length <= row) this.rows.push([]);
    this.row = row;
    this.col = col;
  }
}
