import { spawn } from 'node:child_process';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TempFolders } from '../helpers/digestHarness.js';
import { SEED_CORPUS } from '../helpers/seedCorpus.js';
import { NewsSite } from './newsSite.js';

const temp = new TempFolders();
let site: NewsSite;
beforeEach(async () => {
  site = await NewsSite.start();
});
afterEach(async () => {
  await site.close();
  temp.cleanup();
});

describe('factdesk chat with FEED_URLS', () => {
  it('polls the feed while the chat runs, and answers from an article published meanwhile', async () => {
    const dir = temp.make();
    const corpus = path.join(dir, 'corpus');
    await cp(SEED_CORPUS, corpus, { recursive: true });
    const feed = site.feed('/feed.json', 'json', 'City Herald');
    const child = spawn(process.execPath, ['bin/factdesk.js', 'chat', '--corpus', corpus], {
      cwd: path.resolve(SEED_CORPUS, '..'),
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DATABASE_PATH: path.join(dir, 'factdesk.db'),
        CACHE_DIR: path.join(dir, 'cache'),
        FEED_URLS: feed.url,
        FEED_INTERVAL: '5s',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 18_000);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const logged = (text: string) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (!stderr.includes(text)) return;
          child.stderr.off('data', check);
          resolve();
        };
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          check();
        });
      });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));

    const following = logged('feeds: following 1 feed every 5s');
    const indexed = logged('corpus: 1 new, 0 changed, 0 removed articles');
    await following;
    site.page('/news/school', 'A new school', [
      'Mayor Clara Benz opened the new school in the northern district on Monday, two years after the city council approved its construction.',
    ]);
    feed.publish({ id: 'school', title: 'A new school', link: '/news/school', date: '2024-03-04T09:00:00Z' });
    await indexed;
    child.stdin.end('/who Clara Benz\n');
    const code = await closed;
    clearTimeout(killer);
    expect(code).toBe(0);
    expect(stderr).toContain(
      `feeds: new article ${path.join('feeds', '127.0.0.1', '2024-03-04-a-new-school.md')}`,
    );
    expect(stdout).toContain('Clara Benz is Mayor');
    expect(stdout).toContain(site.url('/news/school'));
  });
});
