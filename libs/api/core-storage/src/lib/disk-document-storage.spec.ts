import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { DiskDocumentStorage } from './disk-document-storage';
import { DocumentTooLargeError, isStorageKey, StoredObjectNotFoundError } from './document-storage';

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Every file below `folder`, as paths relative to it. */
async function filesUnder(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1));
}

/** Waits, up to two seconds, for the write in progress to reach the disk. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200 && !(await condition()); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('DiskDocumentStorage', () => {
  let tmp: string;
  let root: string;
  let storage: DiskDocumentStorage;

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'kbdm-storage-'));
    root = join(tmp, 'data', 'documents');
    storage = new DiskDocumentStorage(root);
  });

  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('stores a stream under a new UUID key, measuring its size and SHA-256, and gives the same bytes back', async () => {
    const chunks = [Buffer.from('%PDF-1.7\n'), Buffer.alloc(70_000, 7), Buffer.from('Өтінім\n%%EOF')];
    const bytes = Buffer.concat(chunks);

    const stored = await storage.put(Readable.from(chunks), { maxBytes: 1024 * 1024 });

    expect(isStorageKey(stored.key)).toBe(true);
    expect(stored.size).toBe(bytes.length);
    expect(stored.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(await collect(await storage.open(stored.key))).toEqual(bytes);
    expect(await filesUnder(root)).toEqual([join(stored.key.slice(0, 2), stored.key)]);
    expect(await readFile(join(root, stored.key.slice(0, 2), stored.key))).toEqual(bytes);
  });

  it('gives every document its own key, even with the same bytes', async () => {
    const first = await storage.put(Readable.from([Buffer.from('same')]), { maxBytes: 1024 });
    const second = await storage.put(Readable.from([Buffer.from('same')]), { maxBytes: 1024 });
    expect(second.key).not.toBe(first.key);
    expect(second.sha256).toBe(first.sha256);
  });

  it('reads the first bytes of a document, or all of a shorter one', async () => {
    const { key } = await storage.put(Readable.from([Buffer.from('%PDF-1.4 rest of it')]), { maxBytes: 1024 });
    expect((await storage.readHead(key, 5)).toString()).toBe('%PDF-');
    expect((await storage.readHead(key, 64 * 1024)).toString()).toBe('%PDF-1.4 rest of it');
  });

  it('accepts a document of exactly maxBytes', async () => {
    const stored = await storage.put(Readable.from([Buffer.alloc(1024, 1)]), { maxBytes: 1024 });
    expect(stored.size).toBe(1024);
  });

  it.each([
    ['in its last chunk', [Buffer.alloc(600, 1), Buffer.alloc(600, 2), Buffer.alloc(600, 3)]],
    ['in its first chunk, before the file is open', [Buffer.alloc(2000, 1)]],
  ])(
    'refuses a document over maxBytes %s and keeps nothing of it, not even a temporary file',
    async (_when, chunks) => {
      const refused = storage.put(Readable.from(chunks), { maxBytes: 1024 });

      await expect(refused).rejects.toBeInstanceOf(DocumentTooLargeError);
      await expect(refused).rejects.toMatchObject({ maxBytes: 1024 });
      expect(await filesUnder(root)).toEqual([]);
    },
  );

  it('keeps nothing of an upload that fails before its folder exists', async () => {
    const broken = new PassThrough();
    broken.write(Buffer.alloc(500, 1));
    setImmediate(() => broken.destroy(new Error('connection reset')));

    await expect(storage.put(broken, { maxBytes: 1024 * 1024 })).rejects.toThrow('connection reset');
    expect(await filesUnder(root)).toEqual([]);
  });

  it('keeps nothing of an upload that fails half way through', async () => {
    const broken = new PassThrough();
    const storing = storage.put(broken, { maxBytes: 1024 * 1024 });
    broken.write(Buffer.alloc(500, 1));
    await until(async () => (await filesUnder(root)).length > 0);
    broken.destroy(new Error('connection reset'));

    await expect(storing).rejects.toThrow('connection reset');
    expect(await filesUnder(root)).toEqual([]);
  });

  it('answers StoredObjectNotFoundError for a key it does not hold', async () => {
    const unknown = '6f1c2b9e-8d4a-4c3b-9a7e-2f5d1e0c9b8a';
    await expect(storage.open(unknown)).rejects.toBeInstanceOf(StoredObjectNotFoundError);
    await expect(storage.readHead(unknown, 8)).rejects.toBeInstanceOf(StoredObjectNotFoundError);
  });

  it.each([
    '../../etc/passwd',
    '../secret',
    '6F1C2B9E-8D4A-4C3B-9A7E-2F5D1E0C9B8A',
    '6f1c2b9e-8d4a-4c3b-9a7e-2f5d1e0c9b8a.partial',
    '',
  ])('refuses the key %j before it reaches the file system', async (key) => {
    // Joined naively, `../secret` would name this file beside the data folder.
    const decoy = join(tmp, 'secret');
    await writeFile(decoy, 'not a document');

    await expect(storage.open(key)).rejects.toBeInstanceOf(StoredObjectNotFoundError);
    await expect(storage.readHead(key, 8)).rejects.toBeInstanceOf(StoredObjectNotFoundError);
    await expect(storage.delete(key)).rejects.toBeInstanceOf(StoredObjectNotFoundError);

    expect(await readFile(decoy, 'utf8')).toBe('not a document');
    expect(existsSync(root)).toBe(false);
  });

  it('deletes a document, and deleting it again is no error', async () => {
    const { key } = await storage.put(Readable.from([Buffer.from('to be withdrawn')]), { maxBytes: 1024 });

    await storage.delete(key);
    await storage.delete(key);

    await expect(storage.open(key)).rejects.toBeInstanceOf(StoredObjectNotFoundError);
    expect(await filesUnder(root)).toEqual([]);
  });

  it('writes beside the final name and renames when complete, so a key never names half a document', async () => {
    const source = new PassThrough();
    const storing = storage.put(source, { maxBytes: 1024 * 1024 });
    source.write(Buffer.alloc(1000, 1));
    await until(async () => (await filesUnder(root)).length > 0);
    const during = await filesUnder(root);

    source.end();
    const { key } = await storing;

    expect(during).toEqual([join(key.slice(0, 2), `${key}.partial`)]);
    expect(await filesUnder(root)).toEqual([join(key.slice(0, 2), key)]);
  });
});
