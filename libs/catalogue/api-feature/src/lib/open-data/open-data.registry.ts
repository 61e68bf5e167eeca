import { Injectable } from '@nestjs/common';
import type { LocalizedText } from '@kbdm/shared/domain';
import type { Readable } from 'node:stream';

export type OpenDataFormat = 'csv' | 'geojson';

/** One public catalogue as open data: what it is, how many rows, how recent, and its documents. */
export type OpenDataset = {
  /** The file name's stem: `/api/v1/open-data/<name>.csv`. */
  name: string;
  title: LocalizedText;
  formats: readonly OpenDataFormat[];
  /** Rows and the latest change, counted in SQL. */
  summary(): Promise<{ rows: number; dataDate: Date | null }>;
  /** The document, streamed; `dataDate` goes into the GeoJSON's metadata. */
  document(format: OpenDataFormat, dataDate: Date | null): Readable;
};

/**
 * The open datasets of every module: the catalogue registers its own, the zone its slots. One
 * instance (the catalogue module's), so the index lists them all.
 */
@Injectable()
export class OpenDataRegistry {
  private readonly datasets = new Map<string, OpenDataset>();

  register(dataset: OpenDataset): void {
    this.datasets.set(dataset.name, dataset);
  }

  list(): OpenDataset[] {
    return [...this.datasets.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  get(name: string): OpenDataset | undefined {
    return this.datasets.get(name);
  }
}
