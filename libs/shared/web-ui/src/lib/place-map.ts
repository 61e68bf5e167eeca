import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  DOCUMENT,
  type ElementRef,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type * as Leaflet from 'leaflet';
import { linkStylesheet, MAP_STYLESHEET } from './stylesheet';

/** The marker styles of the map's layers (see styles/map.scss). */
export type PlaceKind = 'opportunities' | 'ppp' | 'sez-slots';

/**
 * One item's place on a small map: a marker on the region, framed around it, to see where it
 * is at a glance. Leaflet loads with the component (lazily, with the page that uses it), and the
 * map draws no background tiles, so it works offline.
 */
@Component({
  selector: 'kbdm-place-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div #container class="place-map" role="img" [attr.aria-label]="label()"></div>`,
  styles: `
    :host {
      display: block;
    }
    .place-map {
      height: 220px;
      border-radius: 12px;
      overflow: hidden;
      background: #e8eef2;
      border: 1px solid var(--mat-sys-outline-variant);
    }
  `,
})
export class PlaceMap {
  readonly lat = input.required<number>();
  readonly lon = input.required<number>();
  /** What the marker stands for, also the map's spoken description. */
  readonly label = input.required<string>();
  readonly kind = input.required<PlaceKind>();
  /** Nearby names to orient the reader, e.g. the district's centre. */
  readonly landmarks = input<{ lat: number; lon: number; name: string }[]>([]);

  private readonly container = viewChild.required<ElementRef<HTMLElement>>('container');
  private readonly leaflet = signal<{ L: typeof Leaflet; map: Leaflet.Map } | null>(null);

  constructor() {
    const document = inject(DOCUMENT);
    let destroyed = false;
    inject(DestroyRef).onDestroy(() => {
      destroyed = true;
      this.leaflet()?.map.remove();
    });
    afterNextRender(() => {
      void Promise.all([import('leaflet'), linkStylesheet(document, MAP_STYLESHEET)]).then(([module]) => {
        // Leaflet is CommonJS: loaded dynamically, its namespace arrives as the module's default export.
        const L = ('default' in module ? module.default : module) as typeof Leaflet;
        if (destroyed) return;
        const map = L.map(this.container().nativeElement, {
          zoomControl: true,
          attributionControl: false,
          scrollWheelZoom: false,
          keyboard: false,
          minZoom: 5,
          maxZoom: 14,
        });
        this.leaflet.set({ L, map });
      });
    });
    effect(() => {
      const leaflet = this.leaflet();
      if (!leaflet) return;
      const { L, map } = leaflet;
      map.eachLayer((layer) => map.removeLayer(layer));
      const at = L.latLng(this.lat(), this.lon());
      for (const landmark of this.landmarks()) {
        L.marker([landmark.lat, landmark.lon], {
          icon: L.divIcon({ className: 'kbdm-landmark-dot', html: '', iconSize: [8, 8] }),
          interactive: false,
          keyboard: false,
        })
          .bindTooltip(landmark.name, { permanent: true, direction: 'top', className: 'kbdm-landmark' })
          .addTo(map);
      }
      const icon = L.divIcon({
        className: `kbdm-marker kbdm-marker--${this.kind()}`,
        iconSize: [20, 20],
        html: '<span class="kbdm-shape"></span>',
      });
      L.marker(at, { icon, title: this.label(), keyboard: false }).addTo(map);
      map.setView(at, 9);
    });
  }
}
