import { toFieldErrors } from '@kbdm/api/core-errors';
import { DistrictEntity, type OpportunityEntity, SectorEntity } from '@kbdm/catalogue/api-data-access';
import {
  computePotentialScore,
  type LocalizedTextInput,
  type MissingTranslation,
  type OpportunityInput,
} from '@kbdm/catalogue/domain';
import { type FieldError, LANGS, type LocalizedText, regionDate, type SourceRef } from '@kbdm/shared/domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { OpportunityInputDto } from './opportunity-input.dto';

/** The reference lists an opportunity names by code, loaded once for a form or a whole import. */
export type OpportunityReferences = {
  sectorIds: Map<string, string>;
  sectorCodes: Map<string, string>;
  districtIds: Map<string, string>;
  districtCodes: Map<string, string>;
};

export async function loadReferences(manager: EntityManager): Promise<OpportunityReferences> {
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

const VALIDATION = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true } as const;

/**
 * The API's own validation of a create or update body (the DTO's rules), then the codes it
 * names checked against the reference lists. A spreadsheet row goes through the same.
 */
export async function validateOpportunityInput(
  plain: Record<string, unknown>,
  references: OpportunityReferences,
): Promise<{ input: OpportunityInput | null; errors: FieldError[] }> {
  const dto = plainToInstance(OpportunityInputDto, plain);
  const errors = toFieldErrors(await validate(dto, VALIDATION));
  if (errors.length) return { input: null, errors };
  const input = dto as OpportunityInput;
  const unknown = referenceErrors(input, references);
  return unknown.length ? { input: null, errors: unknown } : { input: plainInput(input), errors: [] };
}

export function referenceErrors(input: OpportunityInput, references: OpportunityReferences): FieldError[] {
  const errors: FieldError[] = [];
  if (!references.sectorIds.has(input.sectorCode)) {
    errors.push({ field: 'sectorCode', message: `no sector has the code ${input.sectorCode}` });
  }
  if (input.districtCode !== null && !references.districtIds.has(input.districtCode)) {
    errors.push({ field: 'districtCode', message: `no district has the code ${input.districtCode}` });
  }
  return errors;
}

/**
 * The input as plain JSON in a fixed key order, for comparing: a stored jsonb value comes back
 * with its keys in jsonb's own order.
 */
export function plainInput(input: OpportunityInput): OpportunityInput {
  const text = (t: LocalizedTextInput): LocalizedTextInput => ({
    kk: t.kk,
    ru: t.ru,
    en: t.en,
    ...(t.drafts ? { drafts: [...t.drafts] } : {}),
  });
  return {
    code: input.code,
    name: text(input.name),
    description: text(input.description),
    hsCode: input.hsCode,
    sectorCode: input.sectorCode,
    importVolume: { amount: input.importVolume.amount, unit: input.importVolume.unit },
    importValueUsd: input.importValueUsd,
    sourceCountries: [...input.sourceCountries],
    localProductionShare: input.localProductionShare,
    investmentKzt: { min: input.investmentKzt.min, max: input.investmentKzt.max },
    jobs: input.jobs,
    status: input.status,
    districtCode: input.districtCode,
    location: input.location ? { lat: input.location.lat, lon: input.location.lon } : null,
    source: input.source ? { title: input.source.title, ...(input.source.url ? { url: input.source.url } : {}) } : null,
    demo: input.demo,
  };
}

const textInput = (text: LocalizedText): LocalizedTextInput => ({
  kk: text.kk ?? '',
  ru: text.ru ?? '',
  en: text.en ?? '',
  ...(text.drafts?.length ? { drafts: [...text.drafts] } : {}),
});

/** The stored opportunity as the form (or a spreadsheet row) would give it. */
export function inputOf(entity: OpportunityEntity, references: OpportunityReferences): OpportunityInput {
  return {
    code: entity.code,
    name: textInput(entity.name),
    description: textInput(entity.description),
    hsCode: entity.hsCode,
    sectorCode: references.sectorCodes.get(entity.sectorId) ?? '',
    importVolume: { amount: entity.importVolumeAmount, unit: entity.importVolumeUnit },
    importValueUsd: entity.importValueUsd,
    sourceCountries: [...entity.sourceCountries],
    localProductionShare: entity.localProductionShare,
    investmentKzt: { min: entity.investmentMinKzt, max: entity.investmentMaxKzt },
    jobs: entity.jobs,
    status: entity.status,
    districtCode: entity.districtId ? (references.districtCodes.get(entity.districtId) ?? null) : null,
    location: entity.lat !== null && entity.lon !== null ? { lat: entity.lat, lon: entity.lon } : null,
    source: entity.source
      ? { title: entity.source.title, ...(entity.source.url ? { url: entity.source.url } : {}) }
      : null,
    demo: entity.demo,
  };
}

/** The fields of the input a person can change, in the form's order. */
export const OPPORTUNITY_FIELDS = [
  'code',
  'name',
  'description',
  'hsCode',
  'sectorCode',
  'importVolume',
  'importValueUsd',
  'sourceCountries',
  'localProductionShare',
  'investmentKzt',
  'jobs',
  'status',
  'districtCode',
  'location',
  'source',
  'demo',
] as const satisfies readonly (keyof OpportunityInput)[];
export type OpportunityField = (typeof OPPORTUNITY_FIELDS)[number];

/** A text's three languages; whether a language is a draft is not a change of the text. */
const sameText = (a: LocalizedTextInput, b: LocalizedTextInput): boolean => LANGS.every((lang) => a[lang] === b[lang]);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const draftsOf = (text: LocalizedTextInput): string[] =>
  LANGS.filter((lang) => text.drafts?.includes(lang) && text[lang] !== '');

/**
 * The fields `after` changes, in the form's order; none for an unchanged row. A text changes with
 * its words, or with its drafts when `after` names them (a spreadsheet never does).
 */
export function changedFields(before: OpportunityInput, after: OpportunityInput): OpportunityField[] {
  return OPPORTUNITY_FIELDS.filter((field) => {
    if (field !== 'name' && field !== 'description') return !same(before[field], after[field]);
    const [a, b] = [before[field], after[field]];
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
function storedSource(next: OpportunityInput['source'], previous: SourceRef | null, today: Date): SourceRef | null {
  if (!next) return null;
  if (previous && previous.title === next.title && (previous.url ?? undefined) === next.url) return previous;
  return { title: next.title, ...(next.url ? { url: next.url } : {}), date: regionDate(today) };
}

/**
 * The columns an input writes. The potential score is recomputed from them and the districts the
 * opportunity suits (`fitReasonCounts`, kept as they are).
 */
export function columnsOf(
  input: OpportunityInput,
  references: OpportunityReferences,
  previous: OpportunityEntity | null,
  fitReasonCounts: number[],
  today: Date,
): Omit<OpportunityEntity, 'id' | 'createdAt' | 'updatedAt' | 'published' | 'version' | 'sector' | 'district'> {
  return {
    code: input.code,
    name: storedText(input.name, previous?.name ?? null),
    description: storedText(input.description, previous?.description ?? null),
    hsCode: input.hsCode,
    sectorId: references.sectorIds.get(input.sectorCode) as string,
    importVolumeAmount: input.importVolume.amount,
    importVolumeUnit: input.importVolume.unit,
    importValueUsd: input.importValueUsd,
    sourceCountries: input.sourceCountries,
    localProductionShare: input.localProductionShare,
    investmentMinKzt: input.investmentKzt.min,
    investmentMaxKzt: input.investmentKzt.max,
    jobs: input.jobs,
    status: input.status,
    districtId: input.districtCode === null ? null : (references.districtIds.get(input.districtCode) as string),
    lat: input.location?.lat ?? null,
    lon: input.location?.lon ?? null,
    potentialScore: computePotentialScore({
      importValueUsd: input.importValueUsd,
      localProductionShare: input.localProductionShare,
      jobs: input.jobs,
      investmentKzt: input.investmentKzt,
      districtFitReasonCounts: fitReasonCounts,
    }).total,
    demo: input.demo,
    source: storedSource(input.source, previous?.source ?? null, today),
  };
}

/** Each text field's languages that have no text. */
export function missingTranslations(entity: Pick<OpportunityEntity, 'name' | 'description'>): MissingTranslation[] {
  return (['name', 'description'] as const).flatMap((field) =>
    LANGS.filter((lang) => !entity[field][lang]?.trim()).map((lang) => ({ field, lang })),
  );
}
