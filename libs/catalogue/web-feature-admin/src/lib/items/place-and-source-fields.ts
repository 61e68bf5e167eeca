import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { I18n, injectStrings } from '@kbdm/shared/web-core';
import { CATALOGUE_ADMIN_STRINGS } from '../catalogue-admin.strings';
import { controlEvents } from './control-events';
import { errorWords, type LocationGroup, type SourceGroup } from './item-form';

/**
 * An item's place on the map (latitude and longitude, both or neither) and its source (a title,
 * and a link only with a title), with their errors: the two fieldsets every catalogue's form ends with.
 */
@Component({
  selector: 'kbdm-place-and-source-fields',
  imports: [MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = strings().form;
    @let e = errors();
    <fieldset>
      <legend>{{ s.place }}</legend>
      <p class="lead">{{ s.placeHint }}</p>
      <div class="fields">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ s.lat }}</mat-label>
          <input
            matInput
            type="number"
            min="-90"
            max="90"
            step="any"
            [formControl]="location().controls.lat"
            data-testid="field-location-lat"
          />
          <mat-error data-testid="error-location-lat">{{ e.lat }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ s.lon }}</mat-label>
          <input
            matInput
            type="number"
            min="-180"
            max="180"
            step="any"
            [formControl]="location().controls.lon"
            data-testid="field-location-lon"
          />
          <mat-error data-testid="error-location-lon">{{ e.lon }}</mat-error>
        </mat-form-field>
      </div>
      @if (e.location) {
        <p class="field-error" role="alert" data-testid="error-location">{{ e.location }}</p>
      }
    </fieldset>

    <fieldset>
      <legend>{{ s.provenance }}</legend>
      <div class="fields">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ s.sourceTitle }}</mat-label>
          <input matInput [formControl]="source().controls.title" data-testid="field-source-title" />
          <mat-error data-testid="error-source-title">{{ e.title }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
          <mat-label>{{ s.sourceUrl }}</mat-label>
          <input matInput type="url" [formControl]="source().controls.url" data-testid="field-source-url" />
          <mat-error data-testid="error-source-url">{{ e.url }}</mat-error>
        </mat-form-field>
      </div>
      @if (e.source) {
        <p class="field-error" role="alert" data-testid="error-source">{{ e.source }}</p>
      }
    </fieldset>
  `,
  styleUrl: './place-and-source-fields.scss',
})
export class PlaceAndSourceFields {
  private readonly i18n = inject(I18n);
  protected readonly strings = injectStrings(CATALOGUE_ADMIN_STRINGS);

  readonly location = input.required<LocationGroup>();
  readonly source = input.required<SourceGroup>();
  /** The person tried to save: a group's own error shows even before its fields are touched. */
  readonly submitted = input(false);

  private readonly locationEvents = controlEvents(this.location);
  private readonly sourceEvents = controlEvents(this.source);

  protected readonly errors = computed(() => {
    this.locationEvents();
    this.sourceEvents();
    const words = this.strings().form.errors;
    const lang = this.i18n.lang();
    const location = this.location();
    const source = this.source();
    const shown = (group: LocationGroup | SourceGroup) =>
      group.touched || this.submitted() ? errorWords(group.errors, words, lang) : '';
    return {
      lat: errorWords(location.controls.lat.errors, words, lang),
      lon: errorWords(location.controls.lon.errors, words, lang),
      location: shown(location),
      title: errorWords(source.controls.title.errors, words, lang),
      url: errorWords(source.controls.url.errors, words, lang),
      source: shown(source),
    };
  });
}
