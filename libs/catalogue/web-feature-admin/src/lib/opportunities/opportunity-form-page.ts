import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type AdminOpportunity, OPPORTUNITY_STATUSES, type OpportunityInput } from '@kbdm/catalogue/domain';
import { CatalogueAdminClient } from '@kbdm/catalogue/web-data-access';
import type { Lang } from '@kbdm/shared/domain';
import { formatCountry, I18n, injectStrings } from '@kbdm/shared/web-core';
import { map } from 'rxjs';
import { CATALOGUE_ADMIN_STRINGS } from '../catalogue-admin.strings';
import { injectItemEditor } from '../items/item-editor';
import { ClassificationFields } from '../items/classification-fields';
import { ItemEditorFrame } from '../items/item-editor-frame';
import { type ItemText, ItemTexts } from '../items/item-texts';
import { ItemSaveBar } from '../items/item-save-bar';
import { PlaceAndSourceFields } from '../items/place-and-source-fields';
import {
  buildOpportunityForm,
  emptyFormValue,
  formValueOf,
  IMPORT_UNITS,
  OPPORTUNITY_TEXTS,
  type OpportunityText,
  parseCountries,
  toOpportunityInput,
} from './opportunity-form';

/** A number input of the figures: the control's path, the label's key in the opportunity's strings, its limits. */
type NumberField = {
  path: string;
  label: 'importVolume' | 'importValueUsd' | 'localProductionShare' | 'investmentMin' | 'investmentMax' | 'jobs';
  min: number;
  max?: number;
  step: 'any' | '1';
};

/**
 * `/admin/catalogue/opportunities/new` and `/admin/catalogue/opportunities/:id`: the opportunity's
 * texts in the three languages side by side (a missing translation and a machine draft marked),
 * its figures with the API's limits checked as one types, the API's field errors beside the
 * fields they name, saving with the version it was loaded at, publication and the history.
 */
@Component({
  selector: 'kbdm-opportunity-form-page',
  imports: [
    ItemTexts,
    ClassificationFields,
    ItemEditorFrame,
    ItemSaveBar,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    NgTemplateOutlet,
    PlaceAndSourceFields,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './opportunity-form-page.html',
  styleUrl: '../items/item-form-page.scss',
})
export class OpportunityFormPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(CatalogueAdminClient);
  protected readonly strings = injectStrings(CATALOGUE_ADMIN_STRINGS);

  /** From the route; absent on `…/new`. */
  readonly id = input<string>();

  protected readonly statuses = OPPORTUNITY_STATUSES;
  protected readonly form = buildOpportunityForm(inject(FormBuilder));
  protected readonly editor = injectItemEditor<AdminOpportunity, OpportunityInput, OpportunityText>({
    catalogue: 'opportunities',
    form: this.form,
    id: this.id,
    texts: OPPORTUNITY_TEXTS,
    load: (id) => this.client.opportunity(id),
    create: (input) => this.client.createOpportunity(input),
    update: (id, update) => this.client.updateOpportunity(id, update),
    publish: (id, change) => this.client.changePublication(id, change),
    reset: (item) => this.form.reset(item ? formValueOf(item) : emptyFormValue()),
    toInput: (drafts) => toOpportunityInput(this.form.getRawValue(), drafts),
  });
  /** The editor's words for a field's error, for the shared field groups. */
  protected readonly errorWords = (path: string): string => this.editor.errorOf(path);
  protected readonly groupWords = (field: string): string => this.editor.groupError(field);
  /** The item's texts, each in the three languages, in the form's order. */
  protected readonly texts = computed<ItemText[]>(() => {
    const s = this.strings().form;
    return [
      { field: 'name', label: s.name, group: this.form.controls.name },
      { field: 'description', label: s.description, rows: 8, group: this.form.controls.description },
    ];
  });

  protected confirmDraft(field: string, lang: Lang): void {
    this.editor.confirmDraft(field as OpportunityText, lang);
  }
  /** The figures' number inputs, in the form's order (the unit's select follows the import volume). */
  protected readonly figureFields: NumberField[] = [
    { path: 'importVolume.amount', label: 'importVolume', min: 0, step: 'any' },
    { path: 'importValueUsd', label: 'importValueUsd', min: 0, step: 'any' },
    { path: 'localProductionShare', label: 'localProductionShare', min: 0, max: 100, step: 'any' },
    { path: 'investmentKzt.min', label: 'investmentMin', min: 0, step: '1' },
    { path: 'investmentKzt.max', label: 'investmentMax', min: 0, step: '1' },
    { path: 'jobs', label: 'jobs', min: 0, step: '1' },
  ];
  private readonly formValue = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });

  /** The units to choose from: the known ones and whatever the loaded item had. */
  protected readonly units = computed(() => {
    const current = this.formValue().importVolume.unit;
    return current && !(IMPORT_UNITS as readonly string[]).includes(current)
      ? [...IMPORT_UNITS, current]
      : IMPORT_UNITS;
  });
  /** The countries as names, to check the codes typed. */
  protected readonly countryNames = computed(() => {
    const lang = this.i18n.lang();
    return parseCountries(this.formValue().sourceCountries)
      .filter((code) => /^[A-Z]{2}$/.test(code))
      .map((code) => formatCountry(code, lang))
      .join(', ');
  });

  protected unitLabel(unit: string): string {
    return (this.i18n.t().catalogue.importUnits as Record<string, string>)[unit] ?? unit;
  }

  /** The control at `path` (`importVolume.amount`), for an input bound by path. */
  protected control(path: string): FormControl {
    return this.form.get(path) as FormControl;
  }

  protected labelOf(field: NumberField): string {
    return this.strings().opportunity[field.label];
  }

  /** A path as the test ids spell it: `importVolume.amount` → `importVolume-amount`. */
  protected testId(path: string): string {
    return path.replace('.', '-');
  }
}
