import { TestBed } from '@angular/core/testing';
import { PlaceMap } from './place-map';

describe('PlaceMap', () => {
  it('describes the place for screen readers', async () => {
    const fixture = TestBed.createComponent(PlaceMap);
    fixture.componentRef.setInput('lat', 50.06);
    fixture.componentRef.setInput('lon', 72.96);
    fixture.componentRef.setInput('kind', 'sez-slots');
    fixture.componentRef.setInput('label', 'Map: plot 7 in Temirtau');
    fixture.detectChanges();
    await fixture.whenStable();
    const map = (fixture.nativeElement as HTMLElement).querySelector('.place-map');
    expect(map?.getAttribute('role')).toBe('img');
    expect(map?.getAttribute('aria-label')).toBe('Map: plot 7 in Temirtau');
  });
});
