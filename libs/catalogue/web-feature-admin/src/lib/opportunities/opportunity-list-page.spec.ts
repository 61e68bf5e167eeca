import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { AdminItemSummary } from '@kbdm/catalogue/domain';
import { OPPORTUNITY_ID, pageOf } from '../../test/fixtures';
import { cleanUp, configureAdminPages, openPage, settle } from '../../test/harness';

const isList = (r: { url: string }) => r.url === '/api/v1/admin/opportunities';

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

jest.setTimeout(20_000);

describe('OpportunityListPage', () => {
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
