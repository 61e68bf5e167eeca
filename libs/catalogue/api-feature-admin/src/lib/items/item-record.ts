import { type FieldFailure, toFieldFailures } from '@kbdm/api/core-errors';
import { DistrictEntity, SectorEntity } from '@kbdm/catalogue/api-data-access';
import type { AdminCatalogue, LocalizedTextInput, MissingTranslation } from '@kbdm/catalogue/domain';
import { LANGS, type LocalizedText, regionDate, type SourceRef } from '@kbdm/shared/domain';
import { type ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { SheetColumn } from './sheet-columns';

/** The reference lists a catalogue item names by code, loaded once for a form or a whole import. */
export type References = {
  sectorIds: Map<string, string>;
  sectorCodes: Map<string, string>;
  districtIds: Map<string, string>;
  districtCodes: Map<string, string>;
};

export async function loadReferences(manager: EntityManager): Promise<References> {
  const [sectors, districts] = await Promise.all([
    manager.find(SectorEntity, { select: { id: true, code: true } }),
    manager.find(DistrictEntity, { select: { id: true, code: true } }),
  ]);
  return {
    sectorIds: new Map(sectors.map((s) => [s.code, s.id])),
    sectorCodes: new Map(sectors.map((s) => [s.id, s.code])),
    districtIds: new Map(districts.map((d) => [d.code, d.id])),
    districtCodes: new Map(districts.map((d) => [d.id, d.code])),
  };
}

/** What every catalogue item's input has (see `CatalogueItemInputDto`). */
export type ItemInput = {
  code: string;
  name: LocalizedTextInput;
  description: LocalizedTextInput;
  sectorCode: string;
  districtCode: string | null;
  location: { lat: number; lon: number } | null;
  source: { title: string; url?: string } | null;
  demo: boolean;
};

/** What every catalogue item's row has besides its own columns. */
export type ItemRow = ObjectLiteral & {
  id: string;
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  sectorId: string;
  districtId: string | null;
  lat: number | null;
  lon: number | null;
  demo: boolean;
  source: SourceRef | null;
  published: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

/** The shared columns an input writes; a kind adds its own. */
export type ItemColumns = Pick<
  ItemRow,
  'code' | 'name' | 'description' | 'sectorId' | 'districtId' | 'lat' | 'lon' | 'demo' | 'source'
>;

/**
 * One catalogue as the administrators edit and import it: its table, its input and how the two
 * map onto each other, its spreadsheet columns. `Extra` is what writing a row needs besides the
 * input (an opportunity's district fits, for its score).
 */
export type CatalogueItemKind<E extends ItemRow, I extends ItemInput, Extra = unknown> = {
  catalogue: AdminCatalogue;
  /** The audit log's target type and the not-found error's kind: `opportunity`, `ppp_project`. */
  targetType: string;
  /** In messages: `opportunity`, `PPP project`. */
  noun: string;
  entity: EntityTarget<E>;
  dto: ClassConstructor<object>;
  /** The localized text fields, for the missing-translation marks. */
  textFields: readonly (keyof I & keyof E & string)[];
  /** Every field a person changes, in the form's order. */
  fields: readonly (keyof I & string)[];
  columns: readonly SheetColumn[];
  defaults: () => I;
  /** The stored row as the form (or a spreadsheet row) would give it. */
  inputOf: (entity: E, references: References) => I;
  /** The input in a fixed key order (a jsonb value comes back with its keys in jsonb's order). */
  plain: (input: I) => I;
  /** The row's own columns (besides the shared ones) for an input. */
  ownColumns: (input: I, references: References, previous: E | null, extra: Extra | undefined) => Partial<E>;
  /** The table's columns an import overwrites on an existing row, as SQL names. */
  updatedColumns: readonly string[];
  /** What the list shows as the item's state: a status, a stage. */
  stateOf: (entity: E) => string;
  /** What writing these rows needs besides their input, by row id. */
  extras?: (manager: EntityManager, ids: string[]) => Promise<Map<string, Extra>>;
};

const VALIDATION = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true } as const;

/**
 * The API's own validation of a create or update body (the DTO's rules), then the codes it
 * names checked against the reference lists. A spreadsheet row goes through the same.
 */
export async function validateItemInput<I extends ItemInput>(
  kind: Pick<CatalogueItemKind<ItemRow, I>, 'dto' | 'plain'>,
  plain: Record<string, unknown>,
  references: References,
): Promise<{ input: I | null; errors: ItemFieldError[] }> {
  const dto = plainToInstance(kind.dto, plain);
  const errors = toFieldFailures(await validate(dto, VALIDATION));
  if (errors.length) return { input: null, errors };
  const input = dto as unknown as I;
  const unknown = referenceErrors(input, references);
  return unknown.length ? { input: null, errors: unknown } : { input: kind.plain(input), errors: [] };
}

/** A field's error with the rule that failed and, for a code that names nothing, the code. */
export type ItemFieldError = FieldFailure & { value?: string };

export function referenceErrors(input: ItemInput, references: References): ItemFieldError[] {
  const errors: ItemFieldError[] = [];
  if (!references.sectorIds.has(input.sectorCode)) {
    errors.push({
      field: 'sectorCode',
      message: `no sector has the code ${input.sectorCode}`,
      constraint: 'unknown_sector',
      value: input.sectorCode,
    });
  }
  if (input.districtCode !== null && !references.districtIds.has(input.districtCode)) {
    errors.push({
      field: 'districtCode',
      message: `no district has the code ${input.districtCode}`,
      constraint: 'unknown_district',
      value: input.districtCode,
    });
  }
  return errors;
}

/** A text as the form holds it, in a fixed key order. */
export const plainText = (t: LocalizedTextInput): LocalizedTextInput => ({
  kk: t.kk,
  ru: t.ru,
  en: t.en,
  ...(t.drafts ? { drafts: [...t.drafts] } : {}),
});

/** The shared fields of an input, in a fixed key order. */
export function plainItem(input: ItemInput): ItemInput {
  return {
    code: input.code,
    name: plainText(input.name),
    description: plainText(input.description),
    sectorCode: input.sectorCode,
    districtCode: input.districtCode,
    location: input.location ? { lat: input.location.lat, lon: input.location.lon } : null,
    source: input.source ? { title: input.source.title, ...(input.source.url ? { url: input.source.url } : {}) } : null,
    demo: input.demo,
  };
}

/** A stored text as the form holds it: an empty string for a missing language. */
export const textInput = (text: LocalizedText): LocalizedTextInput => ({
  kk: text.kk ?? '',
  ru: text.ru ?? '',
  en: text.en ?? '',
  ...(text.drafts?.length ? { drafts: [...text.drafts] } : {}),
});

/** The shared fields of a stored row as the form holds them. */
export function itemInputOf(entity: ItemRow, references: References): ItemInput {
  return {
    code: entity.code,
    name: textInput(entity.name),
    description: textInput(entity.description),
    sectorCode: references.sectorCodes.get(entity.sectorId) ?? '',
    districtCode: entity.districtId ? (references.districtCodes.get(entity.districtId) ?? null) : null,
    location: entity.lat !== null && entity.lon !== null ? { lat: entity.lat, lon: entity.lon } : null,
    source: entity.source
      ? { title: entity.source.title, ...(entity.source.url ? { url: entity.source.url } : {}) }
      : null,
    demo: entity.demo,
  };
}

const isText = (value: unknown): value is LocalizedTextInput =>
  typeof value === 'object' && value !== null && LANGS.every((lang) => lang in value);
const sameText = (a: LocalizedTextInput, b: LocalizedTextInput): boolean => LANGS.every((lang) => a[lang] === b[lang]);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const draftsOf = (text: LocalizedTextInput): string[] =>
  LANGS.filter((lang) => text.drafts?.includes(lang) && text[lang] !== '');

/**
 * The fields `after` changes, in the form's order; none for an unchanged row. A text changes with
 * its words, or with its drafts when `after` names them (a spreadsheet never does).
 */
export function changedFields<I extends ItemInput>(
  fields: readonly (keyof I & string)[],
  before: I,
  after: I,
): string[] {
  return fields.filter((field) => {
    const [a, b] = [before[field], after[field]];
    if (!isText(a) || !isText(b)) return !same(a, b);
    return !sameText(a, b) || (b.drafts !== undefined && !same(draftsOf(a), draftsOf(b)));
  });
}

/**
 * The stored text: the languages given, and the drafts that still stand. A draft stands while
 * its text is unchanged, unless the form said which languages are drafts.
 */
export function storedText(next: LocalizedTextInput, previous: LocalizedText | null): LocalizedText {
  const text: LocalizedText = {};
  for (const lang of LANGS) if (next[lang] !== '') text[lang] = next[lang];
  const drafts = (next.drafts ?? previous?.drafts ?? []).filter(
    (lang) => text[lang] !== undefined && (next.drafts !== undefined || previous?.[lang] === text[lang]),
  );
  if (drafts.length) text.drafts = drafts;
  return text;
}

/** The same source keeps its publisher and date; a new one is dated today. */
function storedSource(next: ItemInput['source'], previous: SourceRef | null, today: Date): SourceRef | null {
  if (!next) return null;
  if (previous && previous.title === next.title && (previous.url ?? undefined) === next.url) return previous;
  return { title: next.title, ...(next.url ? { url: next.url } : {}), date: regionDate(today) };
}

/** The shared columns an input writes. */
export function itemColumnsOf(
  input: ItemInput,
  references: References,
  previous: ItemRow | null,
  today: Date,
): ItemColumns {
  return {
    code: input.code,
    name: storedText(input.name, previous?.name ?? null),
    description: storedText(input.description, previous?.description ?? null),
    sectorId: references.sectorIds.get(input.sectorCode) as string,
    districtId: input.districtCode === null ? null : (references.districtIds.get(input.districtCode) as string),
    lat: input.location?.lat ?? null,
    lon: input.location?.lon ?? null,
    demo: input.demo,
    source: storedSource(input.source, previous?.source ?? null, today),
  };
}

/** All the columns an input writes: the shared ones and the kind's own. */
export function columnsOf<E extends ItemRow, I extends ItemInput, Extra>(
  kind: CatalogueItemKind<E, I, Extra>,
  input: I,
  references: References,
  previous: E | null,
  extra: Extra | undefined,
  today: Date,
): Partial<E> {
  return {
    ...itemColumnsOf(input, references, previous, today),
    ...kind.ownColumns(input, references, previous, extra),
  };
}

/** Each text field's languages that have no text. */
export function missingTranslations(fields: readonly string[], entity: ObjectLiteral): MissingTranslation[] {
  return fields.flatMap((field) =>
    LANGS.filter((lang) => !(entity[field] as LocalizedText | undefined)?.[lang]?.trim()).map((lang) => ({
      field,
      lang,
    })),
  );
}

/** The shared columns an import overwrites on an existing row (with each kind's own). */
export const SHARED_UPDATED_COLUMNS = [
  'code',
  'name',
  'description',
  'sector_id',
  'district_id',
  'lat',
  'lon',
  'demo',
  'source',
  'version',
  'updated_at',
] as const;
