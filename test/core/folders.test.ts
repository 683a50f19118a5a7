import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('../../src/core/', import.meta.url));

/** A file's part of the core: its folder (`query/`), or the file itself when it sits at the top (`commands.ts`). */
const partOf = (file: string) => path.relative(CORE, file).replace(/\/.*/, '/');

/** Which parts of the core each part imports (type imports included: they too tie the parts together). */
function imports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const name of readdirSync(CORE, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.ts')) continue;
    const file = path.join(CORE, name);
    const from = partOf(file);
    for (const [, target] of readFileSync(file, 'utf8').matchAll(/\bfrom '(\.[^']+)'/g)) {
      const to = partOf(path.resolve(path.dirname(file), target!).replace(/\.js$/, '.ts'));
      if (to !== from && !to.startsWith('..')) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** Each cycle found, as the parts it runs through (`['cache/', 'knowledgeBase.ts', 'cache/']`). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (part: string, trail: string[]) => {
    const at = trail.indexOf(part);
    if (at >= 0) return void found.push([...trail.slice(at), part]);
    if (done.has(part)) return;
    for (const next of graph.get(part) ?? []) visit(next, [...trail, part]);
    done.add(part);
  };
  for (const part of graph.keys()) visit(part, []);
  return found;
}

describe("the core's folders", () => {
  it('import one another one way only, so that each can be read knowing only those below it', () => {
    expect(cycles(imports())).toEqual([]);
  });
});
