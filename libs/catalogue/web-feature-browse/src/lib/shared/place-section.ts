import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ReferenceData } from '@kbdm/catalogue/web-data-access';
import type { GeoPoint, ItemRef } from '@kbdm/shared/domain';
import { fill, I18n } from '@kbdm/shared/web-core';
import { PlaceMap, type PlaceKind } from '@kbdm/shared/web-ui';

/** A detail page's "where it is": the item on a small map and a link to the region's map around it. */
@Component({
  selector: 'kbdm-place-section',
  imports: [PlaceMap, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = this.t();
    <section class="place" data-testid="place">
      <h2>{{ t.where }}</h2>
      <kbdm-place-map
        [lat]="location().lat"
        [lon]="location().lon"
        [kind]="kind()"
        [label]="label()"
        [landmarks]="landmarks()"
      />
      <a routerLink="/map" [queryParams]="mapQuery()" data-testid="open-on-map">{{ t.openOnMap }}</a>
    </section>
  `,
  styles: `
    .place {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-top: 24px;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0;
    }
  `,
})
export class PlaceSection {
  private readonly i18n = inject(I18n);
  private readonly reference = inject(ReferenceData);

  readonly location = input.required<GeoPoint>();
  readonly title = input.required<string>();
  readonly district = input<ItemRef | null>(null);
  readonly kind = input.required<PlaceKind>();

  protected readonly t = computed(() => this.i18n.t().catalogue.related);
  protected readonly label = computed(() =>
    fill(this.t().mapLabel, { title: this.title(), district: this.district()?.title ?? '' }),
  );
  /** The districts' centres by name: with no background tiles, they are what places the marker. */
  protected readonly landmarks = computed(() =>
    this.reference.districts().map((d) => ({ lat: d.centre.lat, lon: d.centre.lon, name: d.title })),
  );
  protected readonly mapQuery = computed(() => {
    const district = this.district();
    return district ? { district: district.code, layers: this.kind() } : { layers: this.kind() };
  });
}
