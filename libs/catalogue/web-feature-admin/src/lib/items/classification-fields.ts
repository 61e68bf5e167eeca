import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ReferenceData } from '@kbdm/catalogue/web-data-access';
import { injectStrings } from '@kbdm/shared/web-core';
import { CATALOGUE_ADMIN_STRINGS } from '../catalogue-admin.strings';

/**
 * An item's code, sector and district: the fields every catalogue's form starts its
 * classification with. They sit in the form's own grid (the host takes no box of its own), so a
 * catalogue's own fields follow them in the same rows.
 */
@Component({
  selector: 'kbdm-classification-fields',
  imports: [MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    @let s = strings().form;
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ s.code }}</mat-label>
      <input matInput [formControl]="code()" autocomplete="off" data-testid="field-code" />
      <mat-hint>{{ codeHint() }}</mat-hint>
      <mat-error data-testid="error-code">{{ errorOf()('code') }}</mat-error>
    </mat-form-field>
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ s.sector }}</mat-label>
      <mat-select [formControl]="sector()" data-testid="field-sectorCode">
        @for (sector of reference.sectors(); track sector.code) {
          <mat-option [value]="sector.code" [class.division]="sector.level === 'division'">
            {{ sector.code }} — {{ sector.title }}
          </mat-option>
        }
      </mat-select>
      <mat-error data-testid="error-sectorCode">{{ errorOf()('sectorCode') }}</mat-error>
    </mat-form-field>
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ s.district }}</mat-label>
      <mat-select [formControl]="district()" data-testid="field-districtCode">
        <mat-option value="">{{ s.noDistrict }}</mat-option>
        @for (district of reference.districts(); track district.code) {
          <mat-option [value]="district.code">{{ district.title }}</mat-option>
        }
      </mat-select>
      <mat-error data-testid="error-districtCode">{{ errorOf()('districtCode') }}</mat-error>
    </mat-form-field>
  `,
})
export class ClassificationFields {
  protected readonly reference = inject(ReferenceData);
  protected readonly strings = injectStrings(CATALOGUE_ADMIN_STRINGS);
  readonly code = input.required<FormControl<string>>();
  readonly sector = input.required<FormControl<string>>();
  readonly district = input.required<FormControl<string>>();
  readonly codeHint = input('');
  /** The words for a field's error (the form's own check, else what the API said). */
  readonly errorOf = input.required<(path: string) => string>();
}
