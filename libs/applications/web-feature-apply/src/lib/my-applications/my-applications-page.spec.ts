import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { ApplicationSummary } from '@kbdm/applications/domain';
import type { Page } from '@kbdm/shared/domain';
import { anApplication } from '../../test/fixtures';
import { configureApply, openApply } from '../../test/harness';

const isMine = (r: { url: string }) => r.url === '/api/v1/me/applications';
const pageOf = (items: ApplicationSummary[], total = items.length, page = 1): Page<ApplicationSummary> => ({
  items,
  total,
  page,
  pageSize: 20,
});

jest.setTimeout(30_000);

describe('MyApplicationsPage', () => {
  beforeEach(() => configureApply());
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists the applications with their status, reference, target and deadline', async () => {
    const { http, settle, allByTestId } = await openApply('/applications');
    http
      .expectOne(isMine)
      .flush(
        pageOf([
          anApplication({ status: 'in_review', decisionDue: '2026-03-31', submittedAt: '2026-03-10T06:00:00.000Z' }),
          anApplication({ id: 'other', reference: 'KBDM-2026-000013', status: 'draft', projectTitle: null }),
        ]),
      );
    await settle();

    const [first, second] = allByTestId('my-application');
    expect(first.querySelector('a')?.textContent?.trim()).toBe('KBDM-2026-000012');
    expect(first.querySelector('a')?.getAttribute('href')).toBe('/applications/3f6c1b8e-2a4d-4e5f-9a6b-7c8d9e0f1a2b');
    expect(first.querySelector('[data-testid="status-chip"]')?.textContent?.trim()).toBe('На рассмотрении');
    expect(first.textContent).toContain('Программа поддержки: Іскер аймақ: субсидирование');
    expect(first.textContent).toContain('Решение — до 31 марта 2026 г.');
    expect(second.textContent).toContain('Проект без названия');
    expect(second.textContent).toContain('Срок решения начнёт идти, когда заявка будет подана.');
  });

  it('keeps the page and the status filter in the URL', async () => {
    const { http, settle, harness, byTestId } = await openApply('/applications?page=2&status=approved');
    const request = http.expectOne(isMine);
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('status')).toBe('approved');
    request.flush(pageOf([anApplication({ status: 'approved' })], 41, 2));
    await settle();

    byTestId('my-applications')
      ?.parentElement?.querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')
      ?.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/applications?page=3&status=approved');
    http.expectOne(isMine).flush(pageOf([], 41, 3));
    await settle();
    expect(harness.routeNativeElement).toBeTruthy();
  });

  it('leads someone with no applications to the programmes and the questionnaire', async () => {
    const { http, settle, byTestId } = await openApply('/applications');
    http.expectOne(isMine).flush(pageOf([]));
    await settle();

    const links = [...(byTestId('my-applications-empty')?.querySelectorAll('a') ?? [])].map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toEqual(['/programmes', '/opportunities', '/start']);
  });
});
