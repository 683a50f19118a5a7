import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse as parseDotenv } from 'dotenv';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { KnowledgeBase } from '../src/core/knowledgeBase.js';
import { openKnowledgeBase } from '../src/core/load/openKnowledgeBase.js';
import type { PendingDigests } from '../src/digest/openDigests.js';
import { HEALTH_PATH, Health } from '../src/health.js';
import { WebServer } from '../src/webServer.js';
import { FIXTURE_CORPUS, freePort } from './adapters/telegram/harness.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** A systemd unit file's sections, each key with its values in order (a key may be given more than once). */
type Unit = Record<string, Record<string, string[]>>;

/** Reads a unit file as systemd does: `[Section]`, `Key=value`, comments after # or ;, lines joined by `\`. */
function parseUnit(text: string): Unit {
  const unit: Unit = {};
  let section: Record<string, string[]> | undefined;
  for (const line of text.replace(/\\\n/g, ' ').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || /^[#;]/.test(trimmed)) continue;
    const header = /^\[([^\]]+)\]$/.exec(trimmed);
    if (header) {
      section = unit[header[1]!] ??= {};
      continue;
    }
    const pair = /^([A-Za-z0-9]+)\s*=\s*(.*)$/.exec(trimmed);
    if (!section || !pair) throw new Error(`not a unit file line: ${line}`);
    (section[pair[1]!] ??= []).push(pair[2]!);
  }
  return unit;
}

interface Instruction {
  name: string;
  args: string;
}

/** A Dockerfile's instructions, stage by stage (each `FROM` starts one), continuation lines joined. */
function parseDockerfile(text: string): Instruction[][] {
  const stages: Instruction[][] = [];
  for (const line of text.replace(/\\\n/g, ' ').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [, name, args] = /^(\S+)\s+(.*)$/.exec(trimmed) ?? [];
    if (!name || args === undefined) throw new Error(`not a Dockerfile line: ${line}`);
    const instruction = { name: name.toUpperCase(), args: args.trim() };
    if (instruction.name === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

const unitText = read('deploy/factdesk.service');
const unit = parseUnit(unitText);
const service = unit.Service ?? {};
const one = (key: string) => {
  expect(service[key], key).toHaveLength(1);
  return service[key]![0]!;
};

describe('deploy/factdesk.service', () => {
  it('runs factdesk start, again when it fails, with the environment file', () => {
    expect(one('ExecStart')).toMatch(/^\/\S+\/node \/\S+\/bin\/factdesk\.js start$/);
    expect(one('Restart')).toBe('on-failure');
    expect(one('EnvironmentFile')).toMatch(/^\//);
    expect(unit.Install?.WantedBy).toEqual(['multi-user.target']);
    expect(unit.Unit?.After).toContain('network-online.target');
  });

  it('runs as a user of its own, never root', () => {
    expect(one('User')).toBe('factdesk');
    expect(one('Group')).toBe('factdesk');
  });

  it('keeps the data in its state folder, the only one it may write, whatever the environment file copied from .env.example says', () => {
    const stateFolder = `/var/lib/${one('StateDirectory')}`;
    expect(one('WorkingDirectory')).toBe(stateFolder);
    expect(one('ReadWritePaths')).toBe(stateFolder);
    for (const env of [{}, parseDotenv(read('.env.example'))]) {
      const config = loadConfig(env);
      for (const file of [config.cacheDir, config.databasePath, config.corpusDir]) {
        expect(path.resolve(stateFolder, file).startsWith(`${stateFolder}/`), file).toBe(true);
      }
    }
  });

  it('is hardened', () => {
    expect(one('NoNewPrivileges')).toBe('yes');
    expect(one('ProtectSystem')).toBe('strict');
    expect(one('ProtectHome')).toBe('yes');
    expect(one('PrivateTmp')).toBe('yes');
    expect(one('CapabilityBoundingSet')).toBe('');
  });

  const analyze = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
  const hasSystemdAnalyze = analyze.status === 0;
  it.skipIf(!hasSystemdAnalyze)(
    `passes systemd-analyze verify${hasSystemdAnalyze ? '' : ' (skipped: systemd-analyze is not installed)'}`,
    async () => {
      // verify checks that ExecStart's program exists: this machine's node stands in for the unit's.
      const folder = await mkdtemp(path.join(tmpdir(), 'factdesk-unit-'));
      try {
        const file = path.join(folder, 'factdesk.service');
        await writeFile(file, unitText.replace(/^ExecStart=\S+/m, `ExecStart=${process.execPath}`));
        const { stdout, stderr } = await promisify(execFile)('systemd-analyze', ['verify', file]);
        expect(stdout + stderr).toBe('');
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  );
});

const stages = parseDockerfile(read('deploy/Dockerfile'));
const final = stages.at(-1) ?? [];
const all = (stage: Instruction[], name: string) => stage.filter((i) => i.name === name).map((i) => i.args);

describe('deploy/Dockerfile', () => {
  it('builds in one stage, with the tools of better-sqlite3’s native build, and runs in another on node:20-slim', () => {
    expect(stages).toHaveLength(2);
    const build = stages[0]!;
    expect(build[0]!.args).toMatch(/^node:20\S* AS build$/);
    expect(all(build, 'RUN').join(' ')).toMatch(/apt-get install .*python3 make g\+\+/);
    expect(all(build, 'RUN')).toContain('npm ci');
    expect(all(build, 'RUN')).toContain('npm prune --omit=dev');
    expect(final[0]!.args).toBe('node:20-slim');
    expect(all(final, 'COPY')).toContain('--from=build /app/node_modules /app/node_modules');
  });

  it('keeps tsx, which runs the sources, when it leaves the dev dependencies out', () => {
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    expect(read('bin/factdesk.js')).toContain("from 'tsx/esm/api'");
    expect(pkg.dependencies).toHaveProperty('tsx');
  });

  it('runs factdesk start as a user without privileges', () => {
    const users = all(final, 'USER');
    expect(users).toHaveLength(1);
    expect(users[0]).not.toMatch(/^(root|0)(:|$)/);
    expect(all(final, 'CMD')).toEqual(['["node", "/app/bin/factdesk.js", "start"]']);
    expect(all(final, 'EXPOSE')).toEqual(['3000']);
  });

  it('keeps the cache and the database on the volume, whatever an environment file copied from .env.example says', () => {
    const volumes = all(final, 'VOLUME');
    expect(volumes).toHaveLength(1);
    const [volume] = JSON.parse(volumes[0]!) as string[];
    const workdir = all(final, 'WORKDIR').at(-1)!;
    const imageEnv = Object.fromEntries(
      all(final, 'ENV')
        .flatMap((args) => args.split(/\s+/))
        .map((pair) => pair.split('=') as [string, string]),
    );
    for (const env of [imageEnv, { ...imageEnv, ...parseDotenv(read('.env.example')) }]) {
      const config = loadConfig(env);
      for (const file of [config.cacheDir, config.databasePath]) {
        expect(path.resolve(workdir, file).startsWith(`${volume}/`), file).toBe(true);
      }
    }
  });

  it('leaves secrets, data and node_modules out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['.env', 'data', 'node_modules', '.git']));
  });
});

describe('the Dockerfile’s HEALTHCHECK, run against a health server', () => {
  const healthcheck = all(final, 'HEALTHCHECK')[0] ?? '';
  const command = /\bCMD (.*)$/.exec(healthcheck)?.[1] ?? '';

  let kb: KnowledgeBase;
  // Digests whose database could not be opened: the health check does not depend on them.
  const digests = { opened: Promise.resolve(undefined) } as PendingDigests;
  beforeAll(async () => {
    kb = (await openKnowledgeBase(FIXTURE_CORPUS)).kb;
  });
  const servers: WebServer[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });

  /** The HEALTHCHECK's command as Docker runs its shell form (`/bin/sh -c`), with `env`; its exit code. */
  async function runHealthcheck(env: Record<string, string>): Promise<number> {
    try {
      await promisify(execFile)('/bin/sh', ['-c', command], {
        env: { PATH: process.env.PATH ?? '', ...env },
        timeout: 10_000,
      });
      return 0;
    } catch (error) {
      return (error as { code?: number }).code ?? -1;
    }
  }

  async function healthServer(): Promise<{ health: Health; port: number }> {
    const health = new Health();
    const server = await WebServer.listen(0, '127.0.0.1');
    servers.push(server);
    server.mount(HEALTH_PATH, health.listener, 'the health endpoint');
    return { health, port: server.port };
  }

  it('asks /healthz on HEALTH_PORT, within the check’s own timeout', () => {
    expect(healthcheck).toMatch(/--timeout=(\d+)s/);
    expect(healthcheck).toMatch(/--start-period=\d+m/);
    expect(command).toMatch(/^node -e "/);
    expect(command).toContain('/healthz');
    expect(command).toContain('process.env.HEALTH_PORT');
  });

  it('succeeds once the knowledge base is loaded, and fails while it loads', async () => {
    const { health, port } = await healthServer();
    expect(await runHealthcheck({ HEALTH_PORT: String(port) })).toBe(1);
    health.ready(kb, digests);
    expect(await runHealthcheck({ HEALTH_PORT: String(port) })).toBe(0);
  });

  it('falls back on PORT, and fails when nothing listens', async () => {
    const { health, port } = await healthServer();
    health.ready(kb, digests);
    expect(await runHealthcheck({ PORT: String(port) })).toBe(0);
    expect(await runHealthcheck({ HEALTH_PORT: String(await freePort()) })).toBe(1);
  });
});
