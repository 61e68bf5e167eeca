import { TestBed } from '@angular/core/testing';
import { FigureCard } from './figure-card';

describe('a dashboard figure', () => {
  beforeEach(() => localStorage.clear());

  it('shows its numbers as a table, names them for screen readers, and exports them as CSV with a BOM', async () => {
    const fixture = TestBed.createComponent(FigureCard);
    fixture.componentRef.setInput('id', 'pipeline');
    fixture.componentRef.setInput('heading', 'Проекты ГЧП по стадиям');
    fixture.componentRef.setInput('figure', {
      labelHeader: 'Стадия',
      columns: [{ label: 'Проектов' }, { label: 'Инвестиции', chart: false, format: (v: number) => `${v / 1e9} млрд` }],
      rows: [
        { label: 'Идея', values: [2, 12e9] },
        { label: 'Конкурс', values: [6, 30e9] },
      ],
    });
    fixture.detectChanges();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const canvas = element.querySelector('[data-testid="chart-canvas"]')!;
    expect(canvas.getAttribute('role')).toBe('img');
    // Only the charted column is in the chart's words; the table has both.
    expect(canvas.getAttribute('aria-label')).toBe('Проекты ГЧП по стадиям. Идея: Проектов 2; Конкурс: Проектов 6');
    const cells = [...element.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
    );
    expect(cells).toEqual([
      ['Идея', '2', '12 млрд'],
      ['Конкурс', '6', '30 млрд'],
    ]);

    let saved: Blob | undefined;
    URL.createObjectURL = jest.fn((blob: Blob) => ((saved = blob), 'blob:figure'));
    URL.revokeObjectURL = jest.fn();
    element.querySelector<HTMLButtonElement>('[data-testid="pipeline-csv"]')!.click();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(saved as Blob);
    });
    // FileReader drops the byte-order mark when it decodes; the file keeps it (toCsv's own test).
    expect(text.replace(/^\uFEFF/, '')).toBe(
      'Стадия,Проектов,Инвестиции\r\nИдея,2,12000000000\r\nКонкурс,6,30000000000\r\n',
    );
  });
});
