import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { StorageConfig } from '@kbdm/api/core-config';
import type { AuthenticatedUser } from '@kbdm/api/core-auth';
import { DomainException, InvalidInputException, ItemNotFoundException } from '@kbdm/api/core-errors';
import {
  DOCUMENT_HEAD_BYTES,
  DOCUMENT_MEDIA_TYPES,
  DocumentStorage,
  DocumentTooLargeError,
  detectDocumentType,
} from '@kbdm/api/core-storage';
import { ApplicationsRepository } from '@kbdm/applications/api-data-access';
import { type ApplicationDocument, isEditableByApplicant } from '@kbdm/applications/domain';
import type { Readable } from 'node:stream';
import { toDocument } from './application-view';
import { DocumentRejectedException, NotEditableException } from './applications.exceptions';
import { requiredDocumentsOf } from './application-targets';
import { ApplicationsService } from './applications.service';

/** An uploaded file as the route receives it: its stream and the name the browser gave. */
export type IncomingFile = { stream: Readable; fileName: string; truncated: () => boolean };

const MAX_FILE_NAME = 255;

/**
 * A file name fit to show and to send back in `Content-Disposition`: no folders, no control
 * characters. It is never used as a path: the storage keys files by a UUID of its own.
 */
export function displayFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean || 'document').slice(0, MAX_FILE_NAME);
}

/** Documents of applications: stored through `DocumentStorage`, typed by their content. */
@Injectable()
export class ApplicationDocumentsService {
  private readonly logger = new Logger('Documents');

  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly service: ApplicationsService,
    private readonly storage: DocumentStorage,
    private readonly config: ConfigService,
  ) {}

  get maxBytes(): number {
    return this.config.getOrThrow<StorageConfig>('storage').documentMaxBytes;
  }

  /**
   * Stores the file, then reads its first bytes to tell what it is: PDF, JPEG, PNG or DOCX by
   * content, whatever its name says. Anything else is removed again and refused.
   */
  async upload(
    user: AuthenticatedUser,
    applicationId: string,
    requirement: number | null,
    file: IncomingFile,
  ): Promise<ApplicationDocument> {
    const { application, isApplicant } = await this.service.forDocuments(user, applicationId);
    if (!isApplicant) {
      throw new DomainException('not_the_applicant', 403, 'Only the applicant attaches documents.');
    }
    if (!isEditableByApplicant(application.status)) throw new NotEditableException(application.status);
    const required = requiredDocumentsOf(application.programmeVersion);
    if (requirement !== null && (requirement < 0 || requirement >= required.length)) {
      throw InvalidInputException.field(
        'requirement',
        required.length ? `must be between 0 and ${required.length - 1}` : 'must be empty: no documents are required',
      );
    }

    let stored;
    try {
      stored = await this.storage.put(file.stream, { maxBytes: this.maxBytes });
    } catch (error) {
      if (error instanceof DocumentTooLargeError) {
        file.stream.resume();
        throw new DocumentRejectedException('document_too_large', 413, `must be at most ${this.maxBytes} bytes`);
      }
      throw error;
    }
    const remove = () =>
      this.storage.delete(stored.key).catch((e: unknown) => this.logger.warn(`Not removed: ${String(e)}`));
    if (file.truncated()) {
      await remove();
      throw new DocumentRejectedException('document_too_large', 413, `must be at most ${this.maxBytes} bytes`);
    }
    if (stored.size === 0) {
      await remove();
      throw new DocumentRejectedException('document_missing', 400, 'is empty');
    }
    const type = detectDocumentType(await this.storage.readHead(stored.key, DOCUMENT_HEAD_BYTES));
    if (!type) {
      await remove();
      throw new DocumentRejectedException(
        'document_type_not_allowed',
        415,
        'must be a PDF, JPEG, PNG or DOCX document (checked by its content, not its name)',
      );
    }
    try {
      const id = await this.applications.transaction((manager) =>
        this.applications.addDocument(manager, {
          applicationId,
          requirement,
          fileName: displayFileName(file.fileName),
          mediaType: DOCUMENT_MEDIA_TYPES[type],
          sizeBytes: stored.size,
          sha256: stored.sha256,
          storageKey: stored.key,
          uploadedById: user.id,
        }),
      );
      return toDocument((await this.applications.findDocument(applicationId, id))!);
    } catch (error) {
      await remove();
      throw error;
    }
  }

  /** The file and how to send it, for the applicant and staff. */
  async download(
    user: AuthenticatedUser,
    applicationId: string,
    documentId: string,
  ): Promise<{ stream: Readable; document: ApplicationDocument }> {
    await this.service.forDocuments(user, applicationId);
    const document = await this.applications.findDocument(applicationId, documentId);
    if (!document) throw new ItemNotFoundException('document', documentId);
    return { stream: await this.storage.open(document.storageKey), document: toDocument(document) };
  }

  async remove(user: AuthenticatedUser, applicationId: string, documentId: string): Promise<void> {
    const { application, isApplicant } = await this.service.forDocuments(user, applicationId);
    if (!isApplicant) throw new DomainException('not_the_applicant', 403, 'Only the applicant removes documents.');
    if (!isEditableByApplicant(application.status)) throw new NotEditableException(application.status);
    const document = await this.applications.findDocument(applicationId, documentId);
    if (!document) throw new ItemNotFoundException('document', documentId);
    await this.applications.transaction((manager) =>
      this.applications.deleteDocument(manager, applicationId, documentId),
    );
    await this.storage.delete(document.storageKey);
  }

  /** After a draft is deleted: its files go too. */
  async removeStored(keys: string[]): Promise<void> {
    for (const key of keys) await this.storage.delete(key).catch(() => undefined);
  }
}
