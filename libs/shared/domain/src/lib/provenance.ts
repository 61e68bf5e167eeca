/** Where a fact comes from: a publication or a legal act, with its date. */
export type SourceRef = {
  title: string;
  publisher?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) of the publication or of the check. */
  date: string;
};

/** Every catalogue item says whether it is invented demo data or sourced. */
export type Provenance = {
  demo: boolean;
  source: SourceRef | null;
};

/** A point in WGS 84. */
export type GeoPoint = {
  lat: number;
  lon: number;
};

/** A reference to another catalogue item, named in the requested language. */
export type ItemRef = {
  id: string;
  code: string;
  title: string;
};
