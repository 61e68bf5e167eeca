import type { Session } from '@kbdm/accounts/domain';
import type { AdminOpportunity, AdminPppProject, ImportJob, ImportPreviewRow } from '@kbdm/catalogue/domain';
import type { Page } from '@kbdm/shared/domain';

export const OPPORTUNITY_ID = '5debaae2-3ecb-5722-9563-dd1da8a08584';
export const PPP_PROJECT_ID = '7f3e2d1c-0b9a-4c8d-8e7f-6a5b4c3d2e1f';
export const JOB_ID = '8c1f2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

export const adminSession: Session = {
  accessToken: 'token',
  tokenType: 'Bearer',
  expiresIn: 900,
  user: {
    id: '0a5b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
    email: 'admin@karaganda.gov.kz',
    role: 'admin',
    fullName: 'Асель Беккужина',
    phone: null,
    districtId: null,
    business: null,
    createdAt: '2025-10-01T08:00:00.000Z',
  },
};

export const anOpportunity = (overrides: Partial<AdminOpportunity> = {}): AdminOpportunity => ({
  id: OPPORTUNITY_ID,
  code: 'OPP-BRICK',
  name: { kk: 'Кірпіш', ru: 'Керамический кирпич', en: '' },
  description: { kk: 'Кірпіш өндірісі', ru: 'Производство кирпича', en: 'Brick production', drafts: ['en'] },
  hsCode: '690410',
  sectorCode: 'C23',
  importVolume: { amount: 12000, unit: 't' },
  importValueUsd: 4_500_000,
  sourceCountries: ['RU', 'CN'],
  localProductionShare: 12,
  investmentKzt: { min: 800_000_000, max: 1_200_000_000 },
  jobs: 60,
  status: 'open',
  districtCode: 'temirtau',
  location: { lat: 50.05, lon: 72.96 },
  source: { title: 'Регистр импорта', url: 'https://stat.gov.kz' },
  demo: false,
  published: false,
  missingTranslations: [{ field: 'name', lang: 'en' }],
  version: 3,
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
  ...overrides,
});

export const aPppProject = (overrides: Partial<AdminPppProject> = {}): AdminPppProject => ({
  id: PPP_PROJECT_ID,
  code: 'PPP-WATER',
  name: { kk: 'Теміртау су құбыры', ru: 'Водопровод Темиртау', en: 'Temirtau water main' },
  description: { kk: 'Су құбырын қайта құру', ru: 'Реконструкция водопровода', en: 'Renewal', drafts: ['en'] },
  sectorCode: 'E36',
  form: 'concession',
  stage: 'tender',
  need: 'drinking_water',
  capexKzt: 12_000_000_000,
  termYears: 25,
  publicPartner: { kk: '', ru: 'Акимат города Темиртау', en: 'Temirtau akimat', drafts: ['en'] },
  tenderDeadline: '2026-09-30',
  districtCode: 'temirtau',
  location: null,
  source: { title: 'Реестр проектов ГЧП', url: 'https://ppp.kz' },
  demo: false,
  published: false,
  missingTranslations: [{ field: 'publicPartner', lang: 'kk' }],
  version: 2,
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-04T08:00:00.000Z',
  ...overrides,
});

export const aJob = (overrides: Partial<ImportJob> = {}): ImportJob => ({
  id: JOB_ID,
  catalogue: 'opportunities',
  fileName: 'opportunities.csv',
  format: 'csv',
  size: 40_000,
  status: 'queued',
  mode: null,
  progress: { done: 0, total: 40_000, percent: 0 },
  rows: 0,
  counts: { add: 0, update: 0, unchanged: 0, invalid: 0 },
  applied: null,
  failure: null,
  createdBy: { id: adminSession.user.id, fullName: adminSession.user.fullName },
  createdAt: '2026-03-10T10:00:00.000Z',
  updatedAt: '2026-03-10T10:00:00.000Z',
  finishedAt: null,
  ...overrides,
});

export const aPreviewRow = (overrides: Partial<ImportPreviewRow> = {}): ImportPreviewRow => ({
  row: 2,
  code: 'OPP-BRICK',
  name: 'Керамический кирпич',
  action: 'update',
  changes: ['jobs'],
  errors: [],
  ...overrides,
});

export const pageOf = <T>(items: T[], total = items.length, page = 1, pageSize = 20): Page<T> => ({
  items,
  total,
  page,
  pageSize,
});
