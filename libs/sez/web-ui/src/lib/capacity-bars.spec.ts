import { TestBed } from '@angular/core/testing';
import { I18n } from '@kbdm/shared/web-core';
import { CapacityBars } from './capacity-bars';

describe('capacity bars', () => {
  beforeEach(() => localStorage.clear());

  it('draw the taken share of each utility and say the free figure, or that there is no connection', () => {
    const fixture = TestBed.createComponent(CapacityBars);
    fixture.componentRef.setInput('utilities', [
      { utility: 'power', unit: 'MW', maximum: 10, free: 2.5 },
      { utility: 'gas', unit: 'm3/h', maximum: 0, free: 0 },
    ]);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const power = element.querySelector<HTMLElement>('[data-testid="capacity-power"]')!;
    expect(power.querySelector<HTMLElement>('.taken')!.style.width).toBe('75%');
    expect(power.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
      'Электроэнергия: свободно 2,5 из 10 МВт',
    );
    expect(element.querySelector('[data-testid="capacity-gas"]')?.textContent).toContain('Нет подключения');

    TestBed.inject(I18n).use('en');
    fixture.detectChanges();
    expect(power.textContent).toContain('2.5 of 10 MW free');
  });
});
