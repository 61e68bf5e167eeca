import * as L from 'leaflet';
import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';
import type {
  DistrictBoundaryCollection,
  DistrictFigures,
  MapFeature,
  MapFeatureProperties,
  MapLayer,
} from '@kbdm/map/domain';

/** Karaganda region (its 2022 borders, without Ulytau), south-west and north-east corners. */
export const REGION_BOUNDS: L.LatLngBoundsLiteral = [
  [45.6, 69.4],
  [51.6, 78.6],
];

export type RegionMapOptions = {
  /** The map's own attribution (the districts' data source and its licence). */
  attribution: string;
  /** The popup of one item: built by the page, which knows the language and the router. */
  popupFor: (item: MapFeatureProperties) => HTMLElement;
  /** A cluster's spoken name, e.g. "12 opportunities — zoom in". */
  clusterLabel: (layer: MapLayer, count: number) => string;
  /** A district circle's tooltip. */
  districtLabel: (district: DistrictFigures) => string;
};

/** How a district circle is drawn: its fill and radius come from the page's scale. */
export type DistrictStyle = {
  colourOf: (district: DistrictFigures) => string;
  radiusOf: (district: DistrictFigures) => number;
};

type Index = Supercluster<MapFeatureProperties, object>;

/** Cluster radius in screen pixels: points closer than this merge into one numbered marker. */
const CLUSTER_RADIUS = 48;
const MAX_CLUSTER_ZOOM = 13;
/** A marker's tap target: at least 24 px square (WCAG 2.2 target size), whatever its drawn shape. */
const MARKER_SIZE = 24;

/**
 * Many items of different catalogues stand at the same district centre: each layer's markers sit
 * a little to one side of the point, so the three never cover each other and each stays tappable.
 */
const LAYER_SHIFT: Record<MapLayer, number> = { opportunities: 0, ppp: -26, 'sez-slots': 26 };

/** Leaflet's anchor for an icon of `size` drawn `shift` px to the right of its point. */
function anchor(size: number, layer: MapLayer): L.PointExpression {
  return [size / 2 - LAYER_SHIFT[layer], size / 2];
}

/**
 * The region's map: Leaflet drawing district circles under three marker layers, each clustered
 * with Supercluster so that thousands of points stay smooth (only the clusters and points in view
 * are in the DOM). Plain TypeScript around the DOM: the page owns its data and its lifecycle.
 */
export class RegionMap {
  private readonly map: L.Map;
  private readonly districts = L.layerGroup();
  private readonly markers = L.layerGroup();
  private readonly indexes = new Map<MapLayer, Index>();
  private fitted = false;
  private tiles: L.TileLayer | null = null;
  private readonly attribution: L.Control.Attribution;
  private boundaryAttribution: string | null = null;
  private framedRegion = false;

  constructor(
    container: HTMLElement,
    private readonly options: RegionMapOptions,
  ) {
    this.map = L.map(container, {
      minZoom: 5,
      maxZoom: 16,
      zoomSnap: 0.5,
      maxBounds: L.latLngBounds(REGION_BOUNDS).pad(0.5),
      attributionControl: false,
    });
    this.attribution = L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' });
    this.attribution.addAttribution(escapeHtml(options.attribution)).addTo(this.map);
    L.control.scale({ imperial: false }).addTo(this.map);
    this.districts.addTo(this.map);
    this.markers.addTo(this.map);
    this.map.fitBounds(REGION_BOUNDS);
    this.map.on('moveend', () => this.renderMarkers());
  }

  /** Draws these items, replacing the ones drawn before; the first non-empty answer frames the view. */
  setFeatures(features: readonly MapFeature[]): void {
    this.indexes.clear();
    const byLayer = new Map<MapLayer, PointFeature<MapFeatureProperties>[]>();
    for (const feature of features) {
      const points = byLayer.get(feature.properties.layer) ?? [];
      points.push({ type: 'Feature', geometry: feature.geometry, properties: feature.properties });
      byLayer.set(feature.properties.layer, points);
    }
    // One index per layer: a cluster keeps its layer's marker style and never mixes catalogues.
    for (const [layer, points] of byLayer) {
      this.indexes.set(
        layer,
        new Supercluster<MapFeatureProperties, object>({ radius: CLUSTER_RADIUS, maxZoom: MAX_CLUSTER_ZOOM }).load(
          points,
        ),
      );
    }
    if (!this.fitted && features.length > 0) {
      this.fitted = true;
      const bounds = L.latLngBounds(
        features.map((f) => L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0])),
      );
      this.map.fitBounds(bounds.pad(0.1), { maxZoom: 9 });
    }
    this.renderMarkers();
  }

  /**
   * Draws the districts coloured by the chosen figure: their outlines where the deployment has
   * them (a choropleth), otherwise a circle at each administrative centre, sized by the figure too.
   */
  setDistricts(
    figures: readonly DistrictFigures[],
    style: DistrictStyle,
    boundaries: DistrictBoundaryCollection | null = null,
  ): void {
    this.districts.clearLayers();
    this.setBoundaryAttribution(boundaries?.attribution ?? null);
    const outlined = new Set<string>();
    if (boundaries) {
      // The first time the outlines arrive, the view frames the whole region they draw.
      if (!this.framedRegion && boundaries.features.length > 0) {
        this.framedRegion = true;
        this.fitted = true;
        this.map.fitBounds(L.geoJSON(boundaries).getBounds(), { padding: [8, 8] });
      }
      const byCode = new Map(figures.map((f) => [f.district.code, f]));
      for (const boundary of boundaries.features) {
        const district = byCode.get(boundary.properties.districtCode);
        if (!district) continue;
        outlined.add(district.district.code);
        L.geoJSON(boundary, {
          style: { color: '#37474f', weight: 1, fillColor: style.colourOf(district), fillOpacity: 0.7 },
        })
          .bindTooltip(this.options.districtLabel(district), { sticky: true })
          .addTo(this.districts);
      }
    }
    // Largest first, so a small circle is never hidden under a big one.
    const ordered = [...figures].sort((a, b) => style.radiusOf(b) - style.radiusOf(a));
    for (const district of ordered) {
      if (outlined.has(district.district.code)) {
        this.districtName(district, 0);
        continue;
      }
      L.circleMarker([district.centre.lat, district.centre.lon], {
        radius: style.radiusOf(district),
        color: '#37474f',
        weight: 1,
        fillColor: style.colourOf(district),
        fillOpacity: 0.85,
        className: 'kbdm-district',
        bubblingMouseEvents: false,
      })
        .bindTooltip(this.options.districtLabel(district), { direction: 'top' })
        .addTo(this.districts);
      this.districtName(district, style.radiusOf(district));
    }
  }

  /** The district's name under its centre: with no background tiles, names are what orients the reader. */
  private districtName(district: DistrictFigures, below: number): void {
    L.marker([district.centre.lat, district.centre.lon], {
      icon: L.divIcon({
        className: 'kbdm-district-name',
        html: escapeHtml(district.district.title),
        iconSize: [120, 16],
        iconAnchor: [60, -below - 2],
      }),
      interactive: false,
      keyboard: false,
    }).addTo(this.districts);
  }

  private setBoundaryAttribution(attribution: string | null): void {
    if (this.boundaryAttribution) this.attribution.removeAttribution(this.boundaryAttribution);
    this.boundaryAttribution = attribution ? escapeHtml(attribution) : null;
    if (this.boundaryAttribution) this.attribution.addAttribution(this.boundaryAttribution);
  }

  /** Draws background tiles from an XYZ template (a production setting), or removes them. */
  setTiles(url: string | null, attribution: string | null): void {
    this.tiles?.remove();
    this.tiles = url ? L.tileLayer(url, { attribution: escapeHtml(attribution ?? '') }).addTo(this.map) : null;
  }

  /** Leaflet measures its container once: call after the container changes size. */
  resized(): void {
    this.map.invalidateSize();
  }

  destroy(): void {
    this.map.remove();
  }

  private renderMarkers(): void {
    this.markers.clearLayers();
    const bounds = this.map.getBounds();
    const bbox: [number, number, number, number] = [
      bounds.getWest(),
      bounds.getSouth(),
      bounds.getEast(),
      bounds.getNorth(),
    ];
    const zoom = Math.round(this.map.getZoom());
    for (const [layer, index] of this.indexes) {
      for (const feature of index.getClusters(bbox, zoom)) {
        const [lon, lat] = feature.geometry.coordinates;
        const properties = feature.properties;
        if (isCluster(properties)) {
          this.clusterMarker(layer, index, properties, L.latLng(lat, lon)).addTo(this.markers);
        } else {
          this.itemMarker(properties, L.latLng(lat, lon)).addTo(this.markers);
        }
      }
    }
  }

  private itemMarker(item: MapFeatureProperties, at: L.LatLng): L.Marker {
    const icon = L.divIcon({
      className: `kbdm-marker kbdm-marker--${item.layer}`,
      iconSize: [MARKER_SIZE, MARKER_SIZE],
      iconAnchor: anchor(MARKER_SIZE, item.layer),
      html: '<span class="kbdm-shape"></span>',
    });
    return L.marker(at, { icon, title: item.title, alt: item.title, keyboard: true, riseOnHover: true }).bindPopup(
      () => this.options.popupFor(item),
      { maxWidth: 280 },
    );
  }

  private clusterMarker(layer: MapLayer, index: Index, cluster: ClusterProperties, at: L.LatLng): L.Marker {
    const size = cluster.point_count < 10 ? 30 : cluster.point_count < 100 ? 38 : 46;
    const icon = L.divIcon({
      className: `kbdm-cluster kbdm-cluster--${layer}`,
      iconSize: [size, size],
      iconAnchor: anchor(size, layer),
      html: `<span>${escapeHtml(String(cluster.point_count_abbreviated))}</span>`,
    });
    const label = this.options.clusterLabel(layer, cluster.point_count);
    const marker = L.marker(at, { icon, title: label, alt: label, keyboard: true });
    marker.on('click', () => {
      const zoom = Math.min(index.getClusterExpansionZoom(cluster.cluster_id), this.map.getMaxZoom());
      this.map.flyTo(at, zoom, { duration: 0.4 });
    });
    return marker;
  }
}

function isCluster(properties: MapFeatureProperties | ClusterProperties): properties is ClusterProperties {
  return 'cluster' in properties && properties.cluster === true;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
