import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ApplicationDocument, RequiredDocument } from '@kbdm/applications/domain';
import { pickText } from '@kbdm/shared/domain';
import { fill, formatDate, I18n, injectStrings } from '@kbdm/shared/web-core';
import { APPLICATION_STRINGS } from './application-strings';
import { formatFileSize } from './file-size';

type DocumentRow = { document: ApplicationDocument; facts: string };
type DocumentGroup = { key: string; name: string; rows: DocumentRow[] };

/** An application's documents, read-only: by the requirement they answer, each with a download button. */
@Component({
  selector: 'kbdm-document-list',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = strings().documents;
    @for (group of groups(); track group.key) {
      <h3>{{ group.name }}</h3>
      <ul class="documents">
        @for (row of group.rows; track row.document.id) {
          <li data-testid="document">
            <span class="name">{{ row.document.fileName }}</span>
            <span class="facts">{{ row.facts }}</span>
            <button
              mat-stroked-button
              type="button"
              [attr.aria-label]="s.download + ': ' + row.document.fileName"
              [disabled]="downloading() === row.document.id"
              (click)="download.emit(row.document)"
              data-testid="document-download"
            >
              {{ s.download }}
            </button>
          </li>
        } @empty {
          <li class="none">{{ s.none }}</li>
        }
      </ul>
    }
  `,
  styles: `
    h3 {
      margin: 16px 0 4px;
      font: var(--mat-sys-title-small);
    }
    .documents {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      padding-block: 4px;
    }
    .name {
      overflow-wrap: anywhere;
    }
    .facts,
    .none {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class DocumentList {
  private readonly i18n = inject(I18n);
  protected readonly strings = injectStrings(APPLICATION_STRINGS);
  readonly documents = input.required<readonly ApplicationDocument[]>();
  readonly requiredDocuments = input<readonly RequiredDocument[]>([]);
  /** The document whose download is on its way. */
  readonly downloading = input<string | null>(null);
  readonly download = output<ApplicationDocument>();

  protected readonly groups = computed<DocumentGroup[]>(() => {
    const s = this.strings();
    const lang = this.i18n.lang();
    const row = (document: ApplicationDocument): DocumentRow => ({
      document,
      facts: `${formatFileSize(document.sizeBytes, s, lang)}, ${fill(s.documents.uploaded, {
        date: formatDate(document.uploadedAt, lang),
        name: document.uploadedBy.fullName,
      })}`,
    });
    const required = this.requiredDocuments().map((requirement) => ({
      key: `r${requirement.index}`,
      name: pickText(requirement.name, lang).text,
      rows: this.documents()
        .filter((document) => document.requirement === requirement.index)
        .map(row),
    }));
    const others = this.documents().filter(
      (document) =>
        document.requirement === null || !this.requiredDocuments().some((r) => r.index === document.requirement),
    );
    return others.length || !required.length
      ? [...required, { key: 'other', name: s.documents.other, rows: others.map(row) }]
      : required;
  });
}
