import { spawn } from 'node:child_process';
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { TempFolders } from '../../helpers/digestHarness.js';
import { SEED_CORPUS } from '../../helpers/seedCorpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const temp = new TempFolders();
afterEach(() => temp.cleanup());

describe('follows and feeds in the console chat', () => {
  it('follows, lists, and prints an alert when a file about it is dropped into the corpus (factdesk chat)', async () => {
    const dir = temp.make();
    const corpus = path.join(dir, 'corpus');
    await cp(SEED_CORPUS, corpus, { recursive: true });
    const child = spawn(process.execPath, ['bin/factdesk.js', 'chat', '--corpus', corpus], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_PATH: path.join(dir, 'data', 'factdesk.db'),
        CACHE_DIR: path.join(dir, 'cache'),
        FEED_URLS: '',
        LOG_LEVEL: 'error',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    const shows = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no “${text}” within 20 s:\n${stdout}`)), 20_000);
        const check = () => {
          if (!stdout.includes(text)) return;
          clearTimeout(timer);
          child.stdout.off('data', check);
          resolve();
        };
        child.stdout.on('data', check);
        check();
      });
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      child.stdin.write(
        '/follow Clara Benz\n/follow\n/feeds\n/feeds remove https://news.example.org/rss.xml\n',
      );
      await shows('is not among the feeds followed');
      expect(stdout).toContain('Following “Clara Benz”: when a new article has facts about it');
      expect(stdout).toContain(
        'This chat follows (an alert when a new article has facts about one):\n• Clara Benz',
      );
      expect(stdout).toContain('No feed is followed.');

      await writeFile(
        path.join(corpus, 'library.md'),
        '---\ntitle: The library reopens\ndate: 2024-03-08\nurl: https://news.example.org/library\n---\n\nThe city library reopened on Friday after a year of repairs, Mayor Clara Benz said.\n',
      );
      await shows('New article about “Clara Benz”: The library reopens');
      expect(stdout).toMatch(
        /New article about “Clara Benz”: The library reopens\nRead it: https:\/\/news\.example\.org\/library\n\n1\. .*Clara Benz/,
      );
    } finally {
      child.stdin.end();
    }
    expect(await closed).toBe(0);
    expect(stdout.match(/New article about/g)).toHaveLength(1);
  }, 30_000);
});
