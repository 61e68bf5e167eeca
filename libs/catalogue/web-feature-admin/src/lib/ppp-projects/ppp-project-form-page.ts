import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type AdminPppProject, PPP_FORMS, PPP_NEEDS, PPP_STAGES, type PppProjectInput } from '@kbdm/catalogue/domain';
import { CatalogueAdminClient } from '@kbdm/catalogue/web-data-access';
import type { Lang } from '@kbdm/shared/domain';
import { I18n, injectStrings } from '@kbdm/shared/web-core';
import { CATALOGUE_ADMIN_STRINGS } from '../catalogue-admin.strings';
import { injectItemEditor } from '../items/item-editor';
import { ClassificationFields } from '../items/classification-fields';
import { ItemEditorFrame } from '../items/item-editor-frame';
import { type ItemText, ItemTexts } from '../items/item-texts';
import { ItemSaveBar } from '../items/item-save-bar';
import { PlaceAndSourceFields } from '../items/place-and-source-fields';
import {
  buildPppProjectForm,
  emptyPppFormValue,
  PPP_PROJECT_TEXTS,
  type PppProjectText,
  pppFormValueOf,
  toPppProjectInput,
} from './ppp-project-form';

/**
 * `/admin/catalogue/ppp-projects/new` and `/admin/catalogue/ppp-projects/:id`: the project's name,
 * description and public partner in the three languages side by side (a missing translation and a
 * machine draft marked), its classification, cost, term and tender deadline with the API's limits
 * checked as one types, the API's field errors beside the fields they name, saving with the version
 * it was loaded at, publication and the history.
 */
@Component({
  selector: 'kbdm-ppp-project-form-page',
  imports: [
    ItemTexts,
    ClassificationFields,
    ItemEditorFrame,
    ItemSaveBar,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PlaceAndSourceFields,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ppp-project-form-page.html',
  styleUrl: '../items/item-form-page.scss',
})
export class PppProjectFormPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(CatalogueAdminClient);
  protected readonly strings = injectStrings(CATALOGUE_ADMIN_STRINGS);

  /** From the route; absent on `…/new`. */
  readonly id = input<string>();

  protected readonly forms = PPP_FORMS;
  protected readonly stages = PPP_STAGES;
  protected readonly needs = PPP_NEEDS;
  protected readonly form = buildPppProjectForm(inject(FormBuilder));
  protected readonly editor = injectItemEditor<AdminPppProject, PppProjectInput, PppProjectText>({
    catalogue: 'ppp-projects',
    form: this.form,
    id: this.id,
    texts: PPP_PROJECT_TEXTS,
    load: (id) => this.client.pppProject(id),
    create: (input) => this.client.createPppProject(input),
    update: (id, update) => this.client.updatePppProject(id, update),
    publish: (id, change) => this.client.changePppProjectPublication(id, change),
    reset: (item) => this.form.reset(item ? pppFormValueOf(item) : emptyPppFormValue()),
    toInput: (drafts) => toPppProjectInput(this.form.getRawValue(), drafts),
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
      { field: 'publicPartner', label: this.strings().ppp.publicPartner, group: this.form.controls.publicPartner },
    ];
  });

  protected confirmDraft(field: string, lang: Lang): void {
    this.editor.confirmDraft(field as PppProjectText, lang);
  }
}
