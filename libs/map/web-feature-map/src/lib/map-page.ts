import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  effect,
  type ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink, type Params } from '@angular/router';
import { CompareSelection } from '@kbdm/sez/web-data-access';
import { ReferenceData } from '@kbdm/catalogue/web-data-access';
import {
  DISTRICT_FIGURES,
  type DistrictFigure,
  type DistrictFigures,
  MAP_LAYERS,
  type MapFeatureCollection,
  type MapFeatureProperties,
  type MapLayer,
} from '@kbdm/map/domain';
import { MapClient } from '@kbdm/map/web-data-access';
import type { Lang } from '@kbdm/shared/domain';
import { type Dictionary, fill, formatMoney, formatNumber, I18n, toProblem } from '@kbdm/shared/web-core';
import { linkStylesheet, MAP_STYLESHEET } from '@kbdm/shared/web-ui';
import { of } from 'rxjs';
import { districtScale } from './district-scale';
import { LAYER_PATHS, listParams, readMapQuery, toMapFilter } from './map-query';
import { RegionMap } from './region-map';

/** How many items of a layer the list alternative names before sending the reader to the list. */
export const LIST_PREVIEW = 20;

/** A district figure written out: money compactly, areas with one decimal, counts as they are. */
export function formatFigure(figure: DistrictFigure, value: number, lang: Lang): string {
  switch (figure) {
    case 'importValueUsd':
      return formatMoney(value, 'USD', lang, true);
    case 'freeSezAreaHa':
      return formatNumber(value, lang, 1);
    case 'opportunities':
    case 'pppProjects':
      return formatNumber(value, lang, 0);
  }
}

/** An item's status in the interface language: each layer keeps its own set of statuses. */
export function statusLabel(item: Pick<MapFeatureProperties, 'layer' | 'status'>, t: Dictionary['catalogue']): string {
  const labels: Record<string, string> =
    item.layer === 'opportunities' ? t.opportunityStatus : item.layer === 'ppp' ? t.pppStage : t.slotStatus;
  return labels[item.status] ?? item.status;
}

/**
 * The map of the region: the catalogues' markers in three clustered layers over the districts,
 * coloured by a figure the reader picks, with the lists' filters. Everything the page shows is
 * in its URL; below the map the same answer is written out as tables and links for those who
 * don't use the map.
 */
@Component({
  selector: 'kbdm-map-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './map-page.html',
  styleUrl: './map-page.scss',
})
export class MapPage {
  protected readonly i18n = inject(I18n);
  protected readonly reference = inject(ReferenceData);
  private readonly client = inject(MapClient);
  private readonly router = inject(Router);
  private readonly compare = inject(CompareSelection);
  private readonly route = inject(ActivatedRoute);

  private readonly container = viewChild.required<ElementRef<HTMLElement>>('mapContainer');
  private readonly regionMap = signal<RegionMap | null>(null);

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly query = computed(() => readMapQuery(this.params()));
  protected readonly t = computed(() => this.i18n.t().map);
  protected readonly layers = MAP_LAYERS;
  protected readonly figures = DISTRICT_FIGURES;
  protected readonly fill = fill;

  private readonly featureResource = rxResource({
    params: () => ({ filter: toMapFilter(this.query()), lang: this.i18n.lang() }),
    stream: ({ params }) =>
      params.filter ? this.client.features(params.filter, params.lang) : of<MapFeatureCollection | null>(null),
  });
  // Background tiles are a deployment's choice; without an answer the map simply draws none.
  private readonly settings = rxResource({ stream: () => this.client.settings() });
  private readonly boundaries = rxResource({
    params: () => (this.settings.hasValue() && this.settings.value().boundaries ? true : undefined),
    stream: () => this.client.boundaries(),
  });
  private readonly figureResource = rxResource({
    params: () => ({ q: this.query().q, sector: this.query().sector, lang: this.i18n.lang() }),
    stream: ({ params }) => this.client.districtFigures(params, params.lang),
  });

  protected readonly features = computed(() => (this.featureResource.hasValue() ? this.featureResource.value() : null));
  protected readonly districtFigures = computed<DistrictFigures[]>(() =>
    this.figureResource.hasValue() ? this.figureResource.value() : [],
  );
  protected readonly loading = computed(() => this.featureResource.isLoading() || this.figureResource.isLoading());
  protected readonly problem = computed(() => {
    const failed = [this.featureResource, this.figureResource].find((r) => r.status() === 'error');
    return failed ? toProblem(failed.error()) : null;
  });

  /** Whether the districts are drawn as their outlines (the deployment has boundaries) or as circles. */
  protected readonly outlined = computed(() => this.boundaries.hasValue());
  protected readonly scale = computed(() => districtScale(this.districtFigures(), this.query().figure));
  /** The districts in the list alternative: highest figure first, then by name. */
  protected readonly districtRows = computed(() => {
    const figure = this.query().figure;
    return [...this.districtFigures()].sort(
      (a, b) => b[figure] - a[figure] || a.district.title.localeCompare(b.district.title, this.i18n.lang()),
    );
  });
  protected readonly itemsByLayer = computed(() => {
    const collection = this.features();
    return this.query().layers.map((layer) => {
      const items = collection?.features.filter((f) => f.properties.layer === layer).map((f) => f.properties) ?? [];
      return { layer, preview: items.slice(0, LIST_PREVIEW), counts: collection?.counts[layer] };
    });
  });
  protected readonly nothingFound = computed(() => {
    const collection = this.features();
    return (
      collection !== null &&
      MAP_LAYERS.every((l) => collection.counts[l].located + collection.counts[l].unlocated === 0)
    );
  });
  protected readonly hasFilters = computed(() => ['q', 'sector', 'district'].some((key) => this.params().has(key)));
  protected readonly listQuery = computed(() => listParams(this.query()));

  constructor() {
    const destroyRef = inject(DestroyRef);
    const document = inject(DOCUMENT);
    afterNextRender(() => {
      void linkStylesheet(document, MAP_STYLESHEET).then(() => {
        if (destroyed) return;
        this.regionMap.set(
          new RegionMap(this.container().nativeElement, {
            attribution: this.t().attribution,
            popupFor: (item) => this.popup(item),
            clusterLabel: (layer, count) => fill(this.t().clusterLabel, { count, layer: this.t().layers[layer] }),
            districtLabel: (d) => this.describeDistrict(d),
          }),
        );
      });
    });
    let destroyed = false;
    destroyRef.onDestroy(() => {
      destroyed = true;
      this.regionMap()?.destroy();
    });
    effect(() => this.regionMap()?.setFeatures(this.features()?.features ?? []));
    effect(() => {
      const settings = this.settings.hasValue() ? this.settings.value() : null;
      this.regionMap()?.setTiles(settings?.tileUrl ?? null, settings?.tileAttribution ?? null);
    });
    effect(() => {
      const map = this.regionMap();
      const figure = this.query().figure;
      const scale = this.scale();
      map?.setDistricts(
        this.districtFigures(),
        { colourOf: (d) => scale.colourOf(d[figure]), radiusOf: (d) => scale.radiusOf(d[figure]) },
        this.boundaries.hasValue() ? this.boundaries.value() : null,
      );
    });
  }

  protected layerPath(layer: MapLayer): string {
    return `/${LAYER_PATHS[layer]}`;
  }

  protected formatFigure(value: number): string {
    return formatFigure(this.query().figure, value, this.i18n.lang());
  }

  protected count(value: number): string {
    return formatNumber(value, this.i18n.lang(), 0);
  }

  protected search(event: Event, q: string): void {
    event.preventDefault();
    this.navigate({ q: q.trim() || null });
  }

  protected setList(key: 'sector' | 'district', values: unknown): void {
    const list = Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : [];
    this.navigate({ [key]: list.length > 0 ? list.join(',') : null });
  }

  protected toggleLayer(layer: MapLayer, shown: boolean): void {
    const current = this.query().layers;
    const layers = shown
      ? MAP_LAYERS.filter((l) => l === layer || current.includes(l))
      : current.filter((l) => l !== layer);
    // All layers is the default: the URL names them only when some are off.
    this.navigate({ layers: layers.length === MAP_LAYERS.length ? null : layers.join(',') });
  }

  protected setFigure(figure: unknown): void {
    this.navigate({ figure: figure === 'opportunities' || typeof figure !== 'string' ? null : figure });
  }

  protected clearFilters(): void {
    this.navigate({ q: null, sector: null, district: null });
  }

  protected retry(): void {
    this.featureResource.reload();
    this.figureResource.reload();
  }

  private describeDistrict(district: DistrictFigures): string {
    const figure = this.query().figure;
    return `${district.district.title}: ${this.t().figures[figure]} — ${this.formatFigure(district[figure])}`;
  }

  /** The popup is built from DOM nodes, never from HTML strings: titles are data, not markup. */
  private popup(item: MapFeatureProperties): HTMLElement {
    const t = this.t();
    const box = document.createElement('div');
    box.className = 'kbdm-popup';
    const title = box.appendChild(document.createElement('strong'));
    title.textContent = item.title;
    const facts = box.appendChild(document.createElement('p'));
    facts.textContent = `${t.layers[item.layer]} · ${item.code} · ${statusLabel(item, this.i18n.t().catalogue)}`;
    const link = box.appendChild(document.createElement('a'));
    const url = `/${LAYER_PATHS[item.layer]}/${encodeURIComponent(item.id)}`;
    link.href = url;
    link.textContent = t.open;
    link.dataset['testid'] = 'map-popup-open';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void this.router.navigateByUrl(url);
    });
    // Plots and PPP projects go into the investors' comparison from here as from the ranking.
    if (item.layer === 'sez-slots' || item.layer === 'ppp') {
      const kind = item.layer === 'sez-slots' ? 'slot' : 'ppp';
      box.appendChild(document.createTextNode(' · '));
      const compare = box.appendChild(document.createElement('a'));
      compare.href = '/investors/compare';
      compare.textContent = this.i18n.t().investors.compare;
      compare.dataset['testid'] = 'map-popup-compare';
      compare.addEventListener('click', (event) => {
        event.preventDefault();
        if (!this.compare.has(kind, item.id)) this.compare.toggle(kind, item.id);
        void this.router.navigate(['/investors/compare'], { queryParams: this.compare.queryParams() });
      });
    }
    return box;
  }

  private navigate(queryParams: Params): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams,
      queryParamsHandling: 'merge',
      replaceUrl: false,
    });
  }
}
