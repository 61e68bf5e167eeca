import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { RelatedItems } from './related-items';

describe('RelatedItems', () => {
  beforeEach(() => {
    localStorage.setItem('kbdm.lang', 'en');
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: 'https://portal.test' },
      ],
    });
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    localStorage.clear();
  });

  it('lists the active programmes of the sector and the other opportunities of the district', async () => {
    const fixture = TestBed.createComponent(RelatedItems);
    fixture.componentRef.setInput('sector', { id: 's', code: 'C23', title: 'Other non-metallic minerals' });
    fixture.componentRef.setInput('district', { id: 'd', code: 'temirtau', title: 'Temirtau' });
    fixture.componentRef.setInput('exclude', 'o1');
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http
      .expectOne('https://portal.test/api/v1/programmes?sector=C23&status=active&pageSize=5&sort=-maxAmount&lang=en')
      .flush({ items: [{ id: 'p1', title: 'Business Roadmap' }], total: 1, page: 1, pageSize: 5 });
    http.expectOne('https://portal.test/api/v1/opportunities?district=temirtau&pageSize=6&sort=-score&lang=en').flush({
      items: [
        { id: 'o1', title: 'This very opportunity' },
        { id: 'o2', title: 'Facing brick' },
      ],
      total: 2,
      page: 1,
      pageSize: 6,
    });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const programmes = element.querySelector('[data-testid="related-programmes"]');
    const opportunities = element.querySelector('[data-testid="related-opportunities"]');
    expect(programmes?.querySelector('a')?.getAttribute('href')).toBe('/programmes/p1');
    expect(opportunities?.textContent).toContain('Facing brick');
    expect(opportunities?.textContent).not.toContain('This very opportunity');
  });

  it('asks for nothing and shows nothing for an item without sector or district', async () => {
    const fixture = TestBed.createComponent(RelatedItems);
    fixture.detectChanges();
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('ul')).toBeNull();
  });
});
