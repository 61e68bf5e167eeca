import { HttpTestingController } from '@angular/common/http/testing';
import type { Business } from '@kbdm/accounts/domain';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { anApplication, APPLICATION_ID, DISTRICTS, PROGRAMME_ID, SECTORS } from '../../test/fixtures';
import { configureApply, openApply, problem, profile } from '../../test/harness';
import { catalogueSector, formPhone, prefillFromProfile } from './prefill';

const reference = { districts: DISTRICTS, sectorCodes: SECTORS.map((sector) => sector.code) };

jest.setTimeout(30_000);

describe('NewApplicationPage', () => {
  beforeEach(() => configureApply());
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function answerCatalogue(page: Awaited<ReturnType<typeof openApply>>) {
    page.answerReference();
    await page.settle();
  }

  it('creates the draft prefilled from the profile and replaces the address with the draft’s', async () => {
    const page = await openApply(`/applications/new?kind=programme&id=${PROGRAMME_ID}`);
    await answerCatalogue(page);

    const create = page.http.expectOne('/api/v1/applications');
    expect(create.request.body).toEqual({
      target: { kind: 'programme', id: PROGRAMME_ID },
      form: {
        applicantKind: 'individual_entrepreneur',
        applicantName: 'ИП Нурланова А.',
        binIin: '900101300017',
        contactPhone: '+77011234567',
        districtCode: 'temirtau',
        sectorCode: 'C10',
      },
    });
    expect(create.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    create.flush(anApplication(), { status: 201, statusText: 'Created' });
    await page.settle();

    expect(TestBed.inject(Router).url).toBe(`/applications/${APPLICATION_ID}`);
    // The draft's page takes over from here.
    page.http.expectOne(`/api/v1/applications/${APPLICATION_ID}`).flush(anApplication());
    await answerCatalogue(page);
    await answerCatalogue(page);
  });

  it('tries again with the same key and the same answers after a failure', async () => {
    const page = await openApply(`/applications/new?kind=opportunity&id=${PROGRAMME_ID}`);
    await answerCatalogue(page);
    const first = page.http.expectOne('/api/v1/applications');
    problem(first, 503, { detail: 'Try later' });
    await page.settle();
    expect(page.text('new-application-problem')).toContain('Try later');

    await page.click(page.byTestId('new-application-problem')?.querySelector('button') ?? null);
    const again = page.http.expectOne('/api/v1/applications');
    expect(again.request.headers.get('Idempotency-Key')).toBe(first.request.headers.get('Idempotency-Key'));
    expect(again.request.body).toEqual(first.request.body);
    problem(again, 404, { detail: 'No such opportunity' });
    await page.settle();
  });

  it('says so when the link does not name what to apply for', async () => {
    const page = await openApply('/applications/new?kind=slot&id=1');

    expect(page.byTestId('new-application-wrong-link')).not.toBeNull();
    page.http.expectNone('/api/v1/applications');
  });

  it('sends an officer elsewhere: only entrepreneurs and investors apply', async () => {
    await openApply(`/applications/new?kind=programme&id=${PROGRAMME_ID}`, { ...profile, role: 'officer' });

    expect(TestBed.inject(Router).url).toBe('/');
  });
});

describe('the prefill from the profile', () => {
  it('takes the business, the phone, the district and the nearest catalogue sector', () => {
    expect(prefillFromProfile(profile, reference)).toEqual({
      applicantKind: 'individual_entrepreneur',
      applicantName: 'ИП Нурланова А.',
      binIin: '900101300017',
      contactPhone: '+77011234567',
      districtCode: 'temirtau',
      sectorCode: 'C10',
    });
  });

  it('applies as an individual without a business, and leaves out what the form would refuse', () => {
    expect(
      prefillFromProfile({ ...profile, business: null, phone: '12345', districtId: 'elsewhere' }, reference),
    ).toEqual({ applicantKind: 'individual', applicantName: profile.fullName });
    expect(
      prefillFromProfile(
        { ...profile, business: { ...(profile.business as Business), binIin: '900101300018', legalForm: 'llp' } },
        reference,
      ),
    ).not.toHaveProperty('binIin');
    expect(prefillFromProfile(null, reference)).toEqual({});
  });

  it('writes a phone as +7 and ten digits', () => {
    expect(formPhone('+7 (701) 123-45-67')).toBe('+77011234567');
    expect(formPhone('87011234567')).toBe('+77011234567');
    expect(formPhone('701 123')).toBeUndefined();
  });

  it('finds the division or the section of a finer OKED code', () => {
    expect(catalogueSector('C23.31.0', ['C23', 'C'])).toBe('C23');
    expect(catalogueSector('A01.1', ['A'])).toBe('A');
    expect(catalogueSector('B05', ['C10'])).toBeUndefined();
  });
});
