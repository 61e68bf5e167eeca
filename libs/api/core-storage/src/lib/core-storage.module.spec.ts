import { Inject, Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { storageConfig, type StorageConfig } from '@kbdm/api/core-config';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { CoreStorageModule } from './core-storage.module';
import { DiskDocumentStorage } from './disk-document-storage';
import { DocumentStorage } from './document-storage';

@Injectable()
class DocumentIntake {
  constructor(
    readonly storage: DocumentStorage,
    @Inject(storageConfig.KEY) readonly settings: StorageConfig,
  ) {}
}

@Module({ providers: [DocumentIntake] })
class IntakeModule {}

describe('CoreStorageModule', () => {
  const saved = { ...process.env };
  let tmp: string;

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'kbdm-storage-module-'));
    process.env['STORAGE_DIR'] = join(tmp, 'documents');
    process.env['DOCUMENT_MAX_BYTES'] = '4096';
    delete process.env['STORAGE_DRIVER'];
  });

  afterEach(async () => {
    process.env = { ...saved };
    await rm(tmp, { recursive: true, force: true });
  });

  it('gives any module the disk storage under STORAGE_DIR, with the storage settings', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [CoreStorageModule, IntakeModule] }).compile();
    const intake = moduleRef.get(DocumentIntake);

    expect(intake.storage).toBeInstanceOf(DiskDocumentStorage);
    expect(intake.settings).toEqual({ driver: 'disk', dir: join(tmp, 'documents'), documentMaxBytes: 4096 });
    const { key } = await intake.storage.put(Readable.from([Buffer.from('%PDF-1.7')]), {
      maxBytes: intake.settings.documentMaxBytes,
    });
    expect((await intake.storage.readHead(key, 5)).toString()).toBe('%PDF-');
    await moduleRef.close();
  });
});
