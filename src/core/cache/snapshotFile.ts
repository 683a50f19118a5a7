import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { SnapshotError } from '../errors.js';
import { INDEX_NAMES } from '../index/factIndexes.js';
import type { KnowledgeSnapshot, SnapshotArticle } from '../model.js';
import type { CorpusFiles } from './corpusFiles.js';
import { indexerId } from './extractorId.js';
import { temporaryPath } from './temporaryFiles.js';

/** Bumped when the layout of a snapshot file changes. */
export const SNAPSHOT_FORMAT = 5;
const MAGIC = 'factdesk snapshot\n';

/** What a snapshot holds: the corpus files it was made from, and the knowledge base they gave. */
export interface CacheSnapshot {
  files: CorpusFiles;
  knowledge: KnowledgeSnapshot;
}

interface Section {
  name: string;
  offset: number;
  length: number;
  crc: number;
}

interface Header {
  format: number;
  extractor: string;
  corpus: string;
  sections: Section[];
}

/**
 * Writes the snapshot as one file: a JSON header naming each section's place and checksum, then the
 * sections (files and articles as JSON; each index as the flat arrays of `SearchIndex.pack`). Written under another name and renamed, so a reader never sees half of it.
 */
export async function writeSnapshot(file: string, corpus: string, snapshot: CacheSnapshot): Promise<void> {
  const { articles } = snapshot.knowledge;
  // Each article's people apart, one after another, so that reading them back is a slice, not a parse.
  const peopleEnds = new Uint32Array(articles.length);
  let peopleLength = 0;
  articles.forEach((article, i) => (peopleEnds[i] = peopleLength += article.people.length));
  const people = new Uint8Array(peopleLength);
  articles.forEach((article, i) => people.set(article.people, peopleEnds[i]! - article.people.length));
  const parts: { name: string; bytes: Uint8Array }[] = [
    { name: 'files', bytes: utf8(JSON.stringify(snapshot.files)) },
    { name: 'articles', bytes: utf8(JSON.stringify(articles.map(({ people: _, ...rest }) => rest))) },
    { name: 'people', bytes: people },
    { name: 'peopleEnds', bytes: bytesOf(peopleEnds) },
  ];
  for (const name of INDEX_NAMES) {
    const { header, terms, shortIds, fieldLengths, postings } = snapshot.knowledge.indexes[name];
    parts.push(
      { name: `${name}.header`, bytes: utf8(JSON.stringify(header)) },
      { name: `${name}.terms`, bytes: utf8(terms.join('\n')) },
      { name: `${name}.shortIds`, bytes: bytesOf(shortIds) },
      { name: `${name}.fieldLengths`, bytes: bytesOf(fieldLengths) },
      { name: `${name}.postings`, bytes: bytesOf(postings) },
    );
  }
  const sections: Section[] = [];
  let offset = 0;
  for (const { name, bytes } of parts) {
    sections.push({ name, offset, length: bytes.length, crc: crc32(bytes) });
    offset = align(offset + bytes.length);
  }
  // The folder as an absolute path: `./corpus` and `corpus` are the same folder, and must read it back.
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    extractor: indexerId(),
    corpus: path.resolve(corpus),
    sections,
  };
  const headerBytes = utf8(JSON.stringify(header));
  const start = align(MAGIC.length + 4 + headerBytes.length);
  const prefix = Buffer.alloc(start);
  prefix.write(MAGIC, 0, 'utf8');
  prefix.writeUInt32LE(headerBytes.length, MAGIC.length);
  prefix.set(headerBytes, MAGIC.length + 4);

  await mkdir(path.dirname(file), { recursive: true });
  const temporary = temporaryPath(file);
  // A write that fails (a full disk) takes its temporary file with it.
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.write(prefix);
      const padding = new Uint8Array(8);
      for (const [i, { bytes }] of parts.entries()) {
        await handle.write(bytes);
        const gap = align(sections[i]!.length) - sections[i]!.length;
        if (gap > 0) await handle.write(padding, 0, gap);
      }
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Reads a snapshot of `corpus`; throws a `SnapshotError` saying what is wrong when the file is not one,
 * is cut short or damaged, was made by another format or extractor version, or for another folder.
 */
export async function readSnapshot(file: string, corpus: string): Promise<CacheSnapshot> {
  const handle = await open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    const head = Buffer.alloc(MAGIC.length + 4);
    await handle.read(head, 0, head.length, 0);
    if (head.toString('utf8', 0, MAGIC.length) !== MAGIC) throw new SnapshotError('not a factdesk snapshot');
    const headerLength = head.readUInt32LE(MAGIC.length);
    if (MAGIC.length + 4 + headerLength > size) throw new SnapshotError('cut short');
    const headerBytes = Buffer.alloc(headerLength);
    await handle.read(headerBytes, 0, headerLength, MAGIC.length + 4);
    let header: Header;
    try {
      header = JSON.parse(headerBytes.toString('utf8')) as Header;
    } catch {
      throw new SnapshotError('damaged header');
    }
    if (header.format !== SNAPSHOT_FORMAT) {
      throw new SnapshotError(
        `made by snapshot format ${header.format}, this version writes ${SNAPSHOT_FORMAT}`,
      );
    }
    if (header.extractor !== indexerId()) {
      throw new SnapshotError(
        `made by another extractor or indexer (${header.extractor}; this one is ${indexerId()})`,
      );
    }
    if (header.corpus !== path.resolve(corpus))
      throw new SnapshotError(`made for another corpus folder (${header.corpus})`);
    const start = align(MAGIC.length + 4 + headerLength);
    const read = async (name: string): Promise<Uint8Array> => {
      const section = header.sections.find((s) => s.name === name);
      if (!section) throw new SnapshotError(`no ${name} section`);
      if (start + section.offset + section.length > size)
        throw new SnapshotError(`cut short in the ${name} section`);
      const bytes = new Uint8Array(new ArrayBuffer(section.length));
      await handle.read(bytes, 0, section.length, start + section.offset);
      if (crc32(bytes) !== section.crc) throw new SnapshotError(`the ${name} section is damaged (checksum)`);
      return bytes;
    };
    const json = async <T>(name: string): Promise<T> =>
      JSON.parse(Buffer.from(await read(name)).toString('utf8')) as T;
    const files = await json<CorpusFiles>('files');
    const articles = await json<Omit<SnapshotArticle, 'people'>[]>('articles');
    const people = await read('people');
    const peopleEnds = u32(await read('peopleEnds'), 'the people section');
    if (peopleEnds.length !== articles.length || (peopleEnds.at(-1) ?? 0) > people.length)
      throw new SnapshotError('the people section does not fit the articles');
    const indexes = {} as KnowledgeSnapshot['indexes'];
    for (const name of INDEX_NAMES) {
      const terms = Buffer.from(await read(`${name}.terms`)).toString('utf8');
      indexes[name] = {
        header: await json(`${name}.header`),
        terms: terms ? terms.split('\n') : [],
        shortIds: u32(await read(`${name}.shortIds`), `the ${name} index`),
        fieldLengths: u32(await read(`${name}.fieldLengths`), `the ${name} index`),
        postings: u32(await read(`${name}.postings`), `the ${name} index`),
      };
    }
    return {
      files,
      knowledge: {
        indexes,
        articles: articles.map((article, i) => ({
          ...article,
          people: people.subarray(i === 0 ? 0 : peopleEnds[i - 1], peopleEnds[i]),
        })),
      },
    };
  } finally {
    await handle.close();
  }
}

function utf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

function bytesOf(array: Uint32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** The bytes as 32-bit numbers; `what` names the section for the error. */
function u32(bytes: Uint8Array, what: string): Uint32Array {
  if (bytes.length % 4) throw new SnapshotError(`${what} is damaged`);
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}
