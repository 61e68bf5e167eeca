import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { FormControl } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Sector } from '@kbdm/catalogue/domain';
import { ReferenceData } from '@kbdm/catalogue/web-data-access';
import { LANGS } from '@kbdm/shared/domain';
import { fill, I18n } from '@kbdm/shared/web-core';
import { startWith, switchMap } from 'rxjs';

/** How many matches the list offers at once: enough to scroll on a phone, few enough to read. */
const MAX_MATCHES = 30;

/** Whether a sector matches what was typed: its code from the start, or its name in any language. */
export function sectorMatches(sector: Sector, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return true;
  if (sector.code.toLocaleLowerCase().startsWith(q)) return true;
  return [sector.title, ...LANGS.map((lang) => sector.name[lang] ?? '')].some((name) =>
    name.toLocaleLowerCase().includes(q),
  );
}

/**
 * The sectors of an idea: type a word or an OKED code, pick from the list; the chosen ones sit
 * under the field, each with a button to remove it. Writes the codes to `control`.
 */
@Component({
  selector: 'kbdm-sector-picker',
  imports: [MatAutocompleteModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = i18n.t().onboarding.idea;
    <mat-form-field subscriptSizing="dynamic">
      <mat-label>{{ t.sectorSearch }}</mat-label>
      <input
        #search
        matInput
        type="search"
        autocomplete="off"
        data-testid="onboarding-sector-search"
        [matAutocomplete]="auto"
        [attr.aria-describedby]="chosenId"
        (input)="query.set(search.value)"
        (blur)="touch()"
      />
      <mat-hint>{{ t.sectorsHint }}</mat-hint>
      <mat-autocomplete #auto="matAutocomplete" (optionSelected)="add($event, search)">
        @for (sector of matches(); track sector.code) {
          <mat-option [value]="sector.code">{{ sector.code }} — {{ sector.title }}</mat-option>
        } @empty {
          <mat-option disabled>{{ t.noSectorMatch }}</mat-option>
        }
      </mat-autocomplete>
    </mat-form-field>
    <ul class="chosen" [id]="chosenId" [attr.aria-label]="i18n.t().onboarding.review.sectors">
      @for (code of chosen(); track code) {
        <li data-testid="onboarding-sector-chosen">
          <span>{{ code }} — {{ nameOf(code) }}</span>
          <button mat-button type="button" class="remove" [attr.aria-label]="removeLabel(code)" (click)="remove(code)">
            ✕
          </button>
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
    .chosen {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 4px 0 0;
      padding: 0;
    }
    .chosen li {
      display: flex;
      align-items: center;
      gap: 4px;
      padding-inline-start: 12px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .remove {
      min-width: 40px;
    }
  `,
})
export class SectorPicker {
  protected readonly i18n = inject(I18n);
  private readonly reference = inject(ReferenceData);

  readonly control = input.required<FormControl<string[]>>();
  protected readonly chosenId = 'onboarding-sectors-chosen';
  protected readonly query = signal('');
  // The codes as a signal, following the control whoever sets it (a pick, a removal, a restored draft).
  protected readonly chosen = toSignal(
    toObservable(this.control).pipe(switchMap((control) => control.valueChanges.pipe(startWith(control.value)))),
    { initialValue: [] as string[] },
  );

  protected readonly matches = computed(() => {
    const chosen = new Set(this.chosen());
    const query = this.query();
    return this.reference
      .sectors()
      .filter((sector) => !chosen.has(sector.code) && sectorMatches(sector, query))
      .slice(0, MAX_MATCHES);
  });

  protected nameOf(code: string): string {
    return this.reference.sectors().find((sector) => sector.code === code)?.title ?? '';
  }

  protected removeLabel(code: string): string {
    return fill(this.i18n.t().onboarding.idea.removeSector, { sector: code });
  }

  protected add(event: MatAutocompleteSelectedEvent, search: HTMLInputElement): void {
    const code = String(event.option.value);
    const control = this.control();
    if (!control.value.includes(code)) control.setValue([...control.value, code]);
    control.markAsDirty();
    search.value = '';
    this.query.set('');
  }

  protected remove(code: string): void {
    const control = this.control();
    control.setValue(control.value.filter((c) => c !== code));
    control.markAsDirty();
  }

  protected touch(): void {
    this.control().markAsTouched();
  }
}
