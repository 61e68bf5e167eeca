import { registerAs } from '@nestjs/config';
import { join, resolve } from 'node:path';
import { validateEnvironment } from './environment';

/** Where uploaded documents are kept; `disk` is the only driver so far. */
export type StorageDriver = 'disk';

export type StorageConfig = {
  driver: StorageDriver;
  /** The documents' folder of the disk driver. */
  dir: string;
  /** The largest document accepted, in bytes. */
  documentMaxBytes: number;
};

/** 10 MiB: a scanned certificate or a business plan with pictures fits, a video does not. */
export const DEFAULT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

export const storageConfig = registerAs('storage', (): StorageConfig => {
  const env = validateEnvironment(process.env);
  return {
    driver: env.STORAGE_DRIVER ?? 'disk',
    dir: env.STORAGE_DIR ? resolve(env.STORAGE_DIR) : join(resolve(env.DATA_DIR ?? 'data'), 'documents'),
    documentMaxBytes: env.DOCUMENT_MAX_BYTES ?? DEFAULT_DOCUMENT_MAX_BYTES,
  };
});
