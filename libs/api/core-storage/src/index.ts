export {
  DocumentStorage,
  DocumentTooLargeError,
  isStorageKey,
  StoredObjectNotFoundError,
} from './lib/document-storage';
export type { StoredObject } from './lib/document-storage';
export { DiskDocumentStorage } from './lib/disk-document-storage';
export { detectDocumentType, DOCUMENT_HEAD_BYTES, DOCUMENT_MEDIA_TYPES } from './lib/detect-document-type';
export type { DocumentType } from './lib/detect-document-type';
export { CoreStorageModule, createDocumentStorage } from './lib/core-storage.module';
