import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { CatalogueChange, UpdateOpportunity } from '@kbdm/catalogue/domain';
import { anOpportunity, OPPORTUNITY_ID } from '../../test/fixtures';
import { cleanUp, configureAdminPages, openPage, settle } from '../../test/harness';

const ITEM_URL = `/api/v1/admin/opportunities/${OPPORTUNITY_ID}`;

const edited: CatalogueChange = {
  id: 'e1',
  action: 'catalogue.updated',
  actor: { id: 'a1', fullName: 'Асель Беккужина' },
  at: '2026-03-02T08:00:00.000Z',
  fields: ['jobs', 'name.ru'],
  importId: null,
};

async function openItem() {
  const page = await openPage(`/admin/catalogue/opportunities/${OPPORTUNITY_ID}`);
  page.http.expectOne({ method: 'GET', url: ITEM_URL }).flush(anOpportunity());
  page.answerReferenceData();
  await settle();
  page.http.expectOne(`${ITEM_URL}/history`).flush([edited]);
  await settle();
  return page;
}

// The first test compiles the page and its Material parts just in time: seconds on a busy machine.
jest.setTimeout(20_000);

describe('OpportunityFormPage', () => {
  beforeEach(() => configureAdminPages());
  afterEach(() => cleanUp());

  it('marks an empty language as a missing translation and a listed draft as a machine draft', async () => {
    const { byTestId, text } = await openItem();

    expect(byTestId<HTMLInputElement>('field-name-ru')?.value).toBe('Керамический кирпич');
    expect(text('missing-name-en')).toBe('Нет перевода');
    expect(byTestId('missing-name-kk')).toBeNull();
    expect(byTestId('missing-name-ru')).toBeNull();
    expect(text('draft-description-en')).toBe('Машинный черновик');
    expect(byTestId('draft-description-ru')).toBeNull();
    expect(text('publication-state')).toBe('Не опубликована: её видят только администраторы.');
    expect(text('history-entry')).toContain('Изменена');
    expect(text('history-entry')).toContain('Асель Беккужина');
    expect(text('history-entry')).toContain('jobs, name.ru');
  });

  it('confirms a machine draft once it is edited, fills a missing one, and saves with the loaded version', async () => {
    const { http, byTestId, type, click } = await openItem();

    type('field-description-en', 'Ceramic brick production');
    type('field-name-en', 'Ceramic brick');
    await settle();
    expect(byTestId('draft-description-en')).toBeNull();
    expect(byTestId('missing-name-en')).toBeNull();

    await click('opportunity-save');
    const save = http.expectOne({ method: 'PUT', url: ITEM_URL });
    const body = save.request.body as UpdateOpportunity;
    expect(body.version).toBe(3);
    expect(body.name).toEqual({ kk: 'Кірпіш', ru: 'Керамический кирпич', en: 'Ceramic brick', drafts: [] });
    expect(body.description.drafts).toEqual([]);
    expect(body.description.en).toBe('Ceramic brick production');
    expect(body.sourceCountries).toEqual(['RU', 'CN']);
    expect(body.location).toEqual({ lat: 50.05, lon: 72.96 });
    save.flush(anOpportunity({ version: 4, name: body.name, description: body.description, missingTranslations: [] }));
    await settle();
    http.expectOne(`${ITEM_URL}/history`).flush([edited]);
    await settle();
    expect(byTestId('missing-name-en')).toBeNull();
  });

  it('shows the API’s field errors beside the fields they name', async () => {
    const { http, click, text } = await openItem();

    await click('opportunity-save');
    http.expectOne({ method: 'PUT', url: ITEM_URL }).flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'Invalid name.kk, investmentKzt.min.',
        errors: [
          { field: 'name.kk', message: 'must be shorter than or equal to 300 characters' },
          { field: 'investmentKzt.min', message: 'must not be greater than investmentKzt.max' },
          { field: 'somethingElse', message: 'is odd' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(text('error-name-kk')).toBe('must be shorter than or equal to 300 characters');
    expect(text('error-investmentKzt-min')).toBe('must not be greater than investmentKzt.max');
    expect(text('form-problem')).toContain('somethingElse: is odd');
  });

  it('checks the limits before sending: nothing goes out while a field is wrong', async () => {
    const { http, click, text, type } = await openItem();

    type('field-hsCode', '69041');
    type('field-localProductionShare', '140');
    await click('opportunity-save');

    expect(text('error-hsCode')).toBe('4 или 6 цифр.');
    expect(text('error-localProductionShare')).toBe('От 0 до 100.');
    expect(text('form-invalid')).toBe('Проверьте отмеченные поля.');
    http.expectNone({ method: 'PUT', url: ITEM_URL });
  });

  it('says so when someone saved in between and reads the opportunity again on request', async () => {
    const { http, click, text, byTestId } = await openItem();

    await click('opportunity-save');
    http
      .expectOne({ method: 'PUT', url: ITEM_URL })
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, code: 'stale_version' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(text('opportunity-stale')).toContain('Кто-то сохранил эту возможность');
    expect(byTestId<HTMLButtonElement>('opportunity-save')?.disabled).toBe(true);

    await click('opportunity-reload');
    http.expectOne({ method: 'GET', url: ITEM_URL }).flush(anOpportunity({ version: 5, jobs: 80 }));
    await settle();
    http.expectOne(`${ITEM_URL}/history`).flush([]);
    await settle();
    expect(byTestId('opportunity-stale')).toBeNull();
    expect(byTestId<HTMLInputElement>('field-jobs')?.value).toBe('80');
  });

  it('publishes with the version it holds', async () => {
    const { http, click, text } = await openItem();

    await click('opportunity-publish');
    const publish = http.expectOne({ method: 'POST', url: `${ITEM_URL}/publication` });
    expect(publish.request.body).toEqual({ published: true, version: 3 });
    publish.flush(anOpportunity({ published: true, version: 4 }));
    await settle();
    http.expectOne(`${ITEM_URL}/history`).flush([]);
    await settle();
    expect(text('publication-state')).toBe('Опубликована: её видят все.');
    expect(text('opportunity-publish')).toBe('Снять с публикации');
  });

  it('creates a new opportunity unpublished and opens it', async () => {
    const { http, click, choose, type, text, answerReferenceData } = await openPage(
      '/admin/catalogue/opportunities/new',
    );
    answerReferenceData([{ id: 's1', code: 'C23', level: 'division', title: 'Производство стекла' }]);
    await settle();

    await click('opportunity-save');
    expect(text('error-code')).toBe('Заполните это поле.');
    expect(text('error-name')).toBe('Укажите название хотя бы на одном языке.');
    http.expectNone({ method: 'POST', url: '/api/v1/admin/opportunities' });

    type('field-code', 'OPP-GLASS');
    type('field-name-ru', 'Листовое стекло');
    type('field-hsCode', '7005');
    await choose('field-sectorCode', 'C23 — Производство стекла');
    type('field-importVolume-amount', '500');
    type('field-importValueUsd', '1000000');
    type('field-localProductionShare', '0');
    type('field-investmentKzt-min', '100');
    type('field-investmentKzt-max', '200');
    type('field-jobs', '12');
    type('field-sourceCountries', 'cn, tr');
    await click('opportunity-save');

    const create = http.expectOne({ method: 'POST', url: '/api/v1/admin/opportunities' });
    expect(create.request.body).toMatchObject({
      code: 'OPP-GLASS',
      name: { kk: '', ru: 'Листовое стекло', en: '', drafts: [] },
      sectorCode: 'C23',
      importVolume: { amount: 500, unit: 't' },
      sourceCountries: ['CN', 'TR'],
      investmentKzt: { min: 100, max: 200 },
      status: 'open',
      districtCode: null,
      location: null,
      source: null,
      demo: false,
    });
    const NEW_ID = '0b7e3c52-55a4-4b8e-9d4f-3c2a1b0f9e8d';
    create.flush(anOpportunity({ id: NEW_ID, code: 'OPP-GLASS' }), { status: 201, statusText: 'Created' });
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/admin/catalogue/opportunities/${NEW_ID}`);
    http.expectOne(`/api/v1/admin/opportunities/${NEW_ID}`).flush(anOpportunity({ id: NEW_ID, code: 'OPP-GLASS' }));
    await settle();
    http.expectOne(`/api/v1/admin/opportunities/${NEW_ID}/history`).flush([]);
  });
});
