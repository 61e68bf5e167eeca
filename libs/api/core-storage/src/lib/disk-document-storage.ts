import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DocumentStorage,
  DocumentTooLargeError,
  isStorageKey,
  StoredObjectNotFoundError,
  type StoredObject,
} from './document-storage';

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/**
 * Documents as files under one folder: `<root>/<first two characters of the key>/<key>`, which
 * spreads them over 256 folders. A document is written to a temporary name beside its final one
 * and renamed when complete, so a file under a key is always whole.
 */
export class DiskDocumentStorage extends DocumentStorage {
  constructor(private readonly root: string) {
    super();
  }

  async put(stream: NodeJS.ReadableStream | Readable, options: { maxBytes: number }): Promise<StoredObject> {
    if (!Number.isInteger(options.maxBytes) || options.maxBytes < 0) {
      throw new RangeError('maxBytes must be a whole number');
    }
    const key = randomUUID();
    const folder = join(this.root, key.slice(0, 2));
    const path = join(folder, key);
    const partial = `${path}.partial`;
    const sha256 = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += bytes.length;
        if (size > options.maxBytes) return done(new DocumentTooLargeError(options.maxBytes));
        sha256.update(bytes);
        done(null, bytes);
      },
    });
    // Until the pipeline listens, an upload that fails would be an unhandled 'error' event.
    let failedEarly: unknown;
    const onEarlyError = (error: unknown): void => {
      failedEarly ??= error;
    };
    stream.on('error', onEarlyError);
    try {
      await mkdir(folder, { recursive: true });
    } finally {
      stream.removeListener('error', onEarlyError);
    }
    if (failedEarly !== undefined) throw failedEarly;
    // `flush` reaches the disk before the rename makes the document visible under its key.
    const file = createWriteStream(partial, { flags: 'wx', mode: 0o600, flush: true });
    try {
      await pipeline(stream, meter, file);
      await rename(partial, path);
    } catch (error) {
      // A write stream destroyed while it was still opening creates its file afterwards.
      if (!file.closed) await new Promise<void>((closed) => file.once('close', () => closed()));
      await rm(partial, { force: true });
      throw error;
    }
    return { key, size, sha256: sha256.digest('hex') };
  }

  async open(key: string): Promise<Readable> {
    const file = await this.openFile(key);
    return file.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async readHead(key: string, bytes: number): Promise<Buffer> {
    if (!Number.isInteger(bytes) || bytes < 0) throw new RangeError('readHead needs a whole number of bytes');
    const file = await this.openFile(key);
    try {
      const head = Buffer.alloc(bytes);
      let filled = 0;
      while (filled < bytes) {
        const { bytesRead } = await file.read(head, filled, bytes - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return head.subarray(0, filled);
    } finally {
      await file.close();
    }
  }

  private async openFile(key: string): Promise<FileHandle> {
    try {
      return await open(this.pathOf(key), 'r');
    } catch (error) {
      if (isMissing(error)) throw new StoredObjectNotFoundError();
      throw error;
    }
  }

  /** The file of a key; a key the storage could not have made is refused before any path exists. */
  private pathOf(key: string): string {
    if (!isStorageKey(key)) throw new StoredObjectNotFoundError();
    return join(this.root, key.slice(0, 2), key);
  }
}
