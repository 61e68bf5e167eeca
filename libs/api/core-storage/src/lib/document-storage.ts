import type { Readable } from 'node:stream';

/** A document as the storage keeps it: the key it chose, and what it measured while writing. */
export type StoredObject = {
  /** A random UUID made by the storage; never derived from the uploaded file's name. */
  key: string;
  size: number;
  /** Hex SHA-256 of the bytes as stored. */
  sha256: string;
};

/**
 * Where uploaded documents live, and the injection token for it. Each backend (the disk, later
 * an S3-compatible store) implements these four methods; callers never build paths or keys.
 */
export abstract class DocumentStorage {
  /**
   * Stores the stream's bytes under a new key, measuring size and SHA-256 on the way. More than
   * `maxBytes` aborts the write, removes what was written and rejects with `DocumentTooLargeError`.
   */
  abstract put(stream: NodeJS.ReadableStream | Readable, options: { maxBytes: number }): Promise<StoredObject>;

  /** The stored bytes; rejects with `StoredObjectNotFoundError` for a key it does not hold. */
  abstract open(key: string): Promise<Readable>;

  /** Removes the object; a key it does not hold is already deleted. */
  abstract delete(key: string): Promise<void>;

  /** Up to the first `bytes` bytes, to tell the document's type from its content. */
  abstract readHead(key: string, bytes: number): Promise<Buffer>;
}

/** More bytes arrived than the document may have; nothing of it is kept. */
export class DocumentTooLargeError extends Error {
  override readonly name = 'DocumentTooLargeError';

  constructor(readonly maxBytes: number) {
    super(`The document is larger than ${maxBytes} bytes`);
  }
}

/** No object under this key: never stored, deleted, or a key the storage could not have made. */
export class StoredObjectNotFoundError extends Error {
  override readonly name = 'StoredObjectNotFoundError';

  constructor() {
    // The key stays out of the message: it may be whatever a caller was given.
    super('No stored document has this key');
  }
}

const STORAGE_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for a key of the shape the storage makes (a lower-case UUID), the only ones it accepts. */
export function isStorageKey(key: string): boolean {
  return STORAGE_KEY.test(key);
}
