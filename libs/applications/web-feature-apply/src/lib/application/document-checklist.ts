import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { ApplicationDocument } from '@kbdm/applications/domain';
import { APPLICATION_STRINGS, ApplicationStore, formatFileSize, type Upload } from '@kbdm/applications/web-data-access';
import { pickText } from '@kbdm/shared/domain';
import { fill, formatDate, formatNumber, I18n, injectStrings } from '@kbdm/shared/web-core';
import { APPLY_STRINGS } from '../apply.strings';

/** What the API accepts, by content; offered first by the file picker. */
export const ACCEPTED_FILES =
  '.pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Row = { document: ApplicationDocument; facts: string };
type Slot = {
  key: string;
  requirement: number | null;
  name: string;
  rows: Row[];
  uploads: Upload[];
  error: string | null;
};

/**
 * The documents of a draft (or of an application waiting for the applicant): each required
 * document with its files, a button to upload more (a progress bar per file on its way) and to
 * delete one; then the other documents. An error the API named for a requirement sits beside it.
 */
@Component({
  selector: 'kbdm-document-checklist',
  imports: [MatButtonModule, MatProgressBarModule, NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './document-checklist.html',
  styleUrl: './document-checklist.scss',
})
export class DocumentChecklist {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(ApplicationStore);
  private readonly announcer = inject(LiveAnnouncer);
  protected readonly strings = injectStrings(APPLY_STRINGS);
  protected readonly common = injectStrings(APPLICATION_STRINGS);

  /** The API's errors by requirement (`documents[i]`), in the interface language. */
  readonly errors = input<ReadonlyMap<number, string>>(new Map());

  protected readonly accepted = ACCEPTED_FILES;
  protected readonly busy = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);

  protected readonly slots = computed<{ required: Slot[]; other: Slot }>(() => {
    const application = this.store.application();
    const uploads = this.store.uploads();
    const s = this.common();
    const lang = this.i18n.lang();
    const documents = application?.documents ?? [];
    const requirements = application?.requiredDocuments ?? [];
    const row = (document: ApplicationDocument): Row => ({
      document,
      facts: `${formatFileSize(document.sizeBytes, s, lang)}, ${formatDate(document.uploadedAt, lang)}`,
    });
    const required = requirements.map((requirement) => ({
      key: `r${requirement.index}`,
      requirement: requirement.index,
      name: pickText(requirement.name, lang).text,
      rows: documents.filter((document) => document.requirement === requirement.index).map(row),
      uploads: uploads.filter((upload) => upload.requirement === requirement.index),
      error: this.errors().get(requirement.index) ?? null,
    }));
    const known = new Set(requirements.map((requirement) => requirement.index));
    const other: Slot = {
      key: 'other',
      requirement: null,
      name: this.strings().documents.other,
      rows: documents.filter((document) => document.requirement === null || !known.has(document.requirement)).map(row),
      uploads: uploads.filter((upload) => upload.requirement === null),
      error: null,
    };
    return { required, other };
  });

  protected uploadLabel(slot: Slot): string {
    const s = this.strings().documents;
    return slot.requirement === null ? s.uploadOther : fill(s.uploadFor, { name: slot.name });
  }

  protected uploadingLabel(upload: Upload): string {
    return fill(this.strings().documents.uploading, { name: upload.fileName });
  }

  protected percent(upload: Upload): string {
    return `${formatNumber(upload.percent, this.i18n.lang())} %`;
  }

  /** Why an upload was refused, in the interface language where the API's code says it. */
  protected refusal(upload: Upload): string {
    const s = this.strings().documents;
    const name = upload.fileName;
    const problem = upload.problem;
    if (problem?.code === 'document_too_large' || problem?.status === 413) return fill(s.tooLarge, { name });
    if (problem?.code === 'document_type_not_allowed' || problem?.status === 415) return fill(s.wrongType, { name });
    const detail = problem?.detail ?? problem?.title;
    return `${fill(s.uploadFailed, { name })}${detail ? ` ${detail}` : ''}`;
  }

  protected deleteLabel(document: ApplicationDocument): string {
    return fill(this.strings().documents.deleteLabel, { name: document.fileName });
  }

  protected downloadLabel(document: ApplicationDocument): string {
    return `${this.common().documents.download}: ${document.fileName}`;
  }

  protected picked(requirement: number | null, picker: HTMLInputElement): void {
    for (const file of Array.from(picker.files ?? [])) this.store.upload(requirement, file);
    // The same file can be chosen again after a refusal.
    picker.value = '';
  }

  protected async remove(document: ApplicationDocument): Promise<void> {
    this.busy.set(document.id);
    this.problem.set(null);
    const outcome = await this.store.deleteDocument(document);
    this.busy.set(null);
    if (outcome.ok) {
      void this.announcer.announce(fill(this.strings().documents.deleted, { name: document.fileName }), 'polite');
    } else {
      this.problem.set(`${this.strings().page.failed} ${outcome.problem.detail ?? outcome.problem.title}`);
    }
  }

  protected async download(document: ApplicationDocument): Promise<void> {
    this.busy.set(document.id);
    this.problem.set(null);
    const outcome = await this.store.downloadDocument(document);
    this.busy.set(null);
    if (!outcome.ok) this.problem.set(this.common().documents.downloadFailed);
  }
}
