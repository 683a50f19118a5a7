import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SEED_CORPUS } from './seedCorpus.js';

const BIN = path.resolve(SEED_CORPUS, '../bin/factdesk.js');

export interface RunningFactdesk {
  child: ChildProcess;
  stderr: () => string;
  /** Resolves once stderr shows `text`, or the process has ended. */
  logged: (text: string) => Promise<void>;
  exit: Promise<number | null>;
}

/**
 * `factdesk start` on the seed corpus (or `corpus`) as a user runs it, in `cwd` (an empty folder: no .env),
 * with only PATH, HOME and `env` in its environment. Killed after 20 s at the latest.
 */
export function factdeskStart(
  cwd: string,
  env: Record<string, string>,
  corpus = SEED_CORPUS,
): RunningFactdesk {
  const child = spawn(process.execPath, [BIN, 'start', '--corpus', corpus], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const exit = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve(code);
    }),
  );
  const logged = (text: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!stderr.includes(text) && child.exitCode === null) return;
        child.stderr!.off('data', check);
        resolve();
      };
      child.stderr!.on('data', check);
      void exit.then(check);
      check();
    });
  return { child, stderr: () => stderr, logged, exit };
}
