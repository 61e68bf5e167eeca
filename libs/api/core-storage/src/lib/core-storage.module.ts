import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { storageConfig, type StorageConfig } from '@kbdm/api/core-config';
import { DiskDocumentStorage } from './disk-document-storage';
import { DocumentStorage } from './document-storage';

/**
 * The backend named by `STORAGE_DRIVER`. An S3-compatible one would be another case here: a class
 * extending `DocumentStorage`, configured by its own settings (see the README).
 */
export function createDocumentStorage(config: StorageConfig): DocumentStorage {
  switch (config.driver) {
    case 'disk':
      return new DiskDocumentStorage(config.dir);
  }
}

const storageSettings = ConfigModule.forFeature(storageConfig);

/**
 * `DocumentStorage` for every module, by configuration; the `storage` settings are exported too,
 * so a feature reads `documentMaxBytes` with `@Inject(storageConfig.KEY)`.
 */
@Global()
@Module({
  imports: [storageSettings],
  providers: [{ provide: DocumentStorage, inject: [storageConfig.KEY], useFactory: createDocumentStorage }],
  exports: [DocumentStorage, storageSettings],
})
export class CoreStorageModule {}
