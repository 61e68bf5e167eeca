import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { AdminItemSummary } from '@kbdm/catalogue/domain';
import { OPPORTUNITY_ID, pageOf } from '../../test/fixtures';
import { cleanUp, configureAdminPages, openPage, settle } from '../../test/harness';

const isList = (r: { url: string }) => r.url === '/api/v1/admin/opportunities';
const isPppList = (r: { url: string }) => r.url === '/api/v1/admin/ppp-projects';

const brick: AdminItemSummary = {
  id: OPPORTUNITY_ID,
  code: 'OPP-BRICK',
  name: { kk: 'Кірпіш', ru: 'Керамический кирпич' },
  status: 'open',
  published: false,
  missingTranslations: [
    { field: 'name', lang: 'en' },
    { field: 'description', lang: 'kk' },
  ],
  demo: true,
  updatedAt: '2026-03-02T08:00:00.000Z',
};
const glass: AdminItemSummary = {
  ...brick,
  id: '0b7e3c52-55a4-4b8e-9d4f-3c2a1b0f9e8d',
  code: 'OPP-GLASS',
  name: { kk: 'Шыны', ru: 'Стекло', en: 'Glass' },
  published: true,
  missingTranslations: [],
  demo: false,
};

const water: AdminItemSummary = {
  id: '7f3e2d1c-0b9a-4c8d-8e7f-6a5b4c3d2e1f',
  code: 'PPP-WATER',
  name: { ru: 'Водопровод Темиртау' },
  status: 'tender',
  published: false,
  missingTranslations: [
    { field: 'name', lang: 'kk' },
    { field: 'publicPartner', lang: 'en' },
  ],
  demo: false,
  updatedAt: '2026-03-04T08:00:00.000Z',
};

jest.setTimeout(20_000);

describe('CatalogueListPage of opportunities', () => {
  beforeEach(() => configureAdminPages());
  afterEach(() => cleanUp());

  it('asks for the filters in the URL and marks the items missing a translation', async () => {
    const { http, element } = await openPage(
      '/admin/catalogue/opportunities?q=кирпич&published=false&missing=true&page=2',
    );
    const request = http.expectOne(isList);
    expect(request.request.params.get('q')).toBe('кирпич');
    expect(request.request.params.get('published')).toBe('false');
    expect(request.request.params.get('missing')).toBe('true');
    expect(request.request.params.get('page')).toBe('2');
    request.flush(pageOf([brick, glass], 22, 2));
    await settle();

    const rows = [...element.querySelectorAll('[data-testid="opportunity-row"]')];
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('[data-testid="opportunity-missing-mark"]')?.textContent?.trim()).toBe(
      '⚠ Нет: Қаз, Eng',
    );
    expect(rows[0].querySelector('[data-testid="opportunity-published"]')?.textContent?.trim()).toBe('Не опубликована');
    expect(rows[0].textContent).toContain('демо');
    expect(rows[1].querySelector('[data-testid="opportunity-missing-mark"]')).toBeNull();
    expect(rows[1].querySelector('[data-testid="opportunity-published"]')?.textContent?.trim()).toBe('Опубликована');
  });

  it('writes a search into the URL and starts again from the first page', async () => {
    const { http, byTestId, type } = await openPage('/admin/catalogue/opportunities?page=3');
    http.expectOne(isList).flush(pageOf([brick], 41, 3));
    await settle();

    type('opportunity-search', 'стекло');
    byTestId<HTMLInputElement>('opportunity-search')?.form?.requestSubmit();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/admin/catalogue/opportunities?q=%D1%81%D1%82%D0%B5%D0%BA%D0%BB%D0%BE');
    http.expectOne(isList).flush(pageOf([glass]));
  });
});

describe('CatalogueListPage of PPP projects', () => {
  beforeEach(() => configureAdminPages());
  afterEach(() => cleanUp());

  it('lists the PPP projects with their stage and marks the missing translations, the public partner’s too', async () => {
    const { http, element, text } = await openPage('/admin/catalogue/ppp-projects?missing=true');
    const request = http.expectOne(isPppList);
    expect(request.request.params.get('missing')).toBe('true');
    request.flush(pageOf([water]));
    await settle();

    expect(text('ppp-count')).toBe('Найдено: 1');
    const rows = [...element.querySelectorAll('[data-testid="ppp-row"]')];
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('Конкурс');
    expect(rows[0].querySelector('[data-testid="ppp-published"]')?.textContent?.trim()).toBe('Не опубликован');
    const mark = rows[0].querySelector('[data-testid="ppp-missing-mark"]');
    expect(mark?.textContent?.trim()).toBe('⚠ Нет: Қаз, Eng');
    expect(mark?.getAttribute('title')).toBe('Название (Қазақша), Государственный партнёр (English)');
    expect(rows[0].querySelector('[data-testid="ppp-link"]')?.getAttribute('href')).toBe(
      `/admin/catalogue/ppp-projects/${water.id}`,
    );
    expect(element.querySelector('[data-testid="ppp-new"]')?.getAttribute('href')).toBe(
      '/admin/catalogue/ppp-projects/new',
    );
    expect(element.querySelector('[data-testid="ppp-imports-link"]')?.getAttribute('href')).toBe(
      '/admin/imports?catalogue=ppp-projects',
    );
    expect(element.querySelector('[data-testid="opportunity-row"]')).toBeNull();
  });

  it('switches between the catalogues by their tabs', async () => {
    const { http, click, byTestId } = await openPage('/admin/catalogue/ppp-projects');
    http.expectOne(isPppList).flush(pageOf([water]));
    await settle();
    expect(byTestId('catalogue-tab-ppp-projects')?.getAttribute('aria-selected')).toBe('true');
    expect(byTestId('catalogue-tab-opportunities')?.getAttribute('aria-selected')).toBe('false');

    await click('catalogue-tab-opportunities');
    expect(TestBed.inject(Router).url).toBe('/admin/catalogue/opportunities');
    http.expectOne(isList).flush(pageOf([brick]));
  });
});
