import { TestBed } from '@angular/core/testing';
import { CompareSelection } from './compare-selection';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('the compare selection', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps up to four picks for the tab and makes the compare view’s query of them', () => {
    const selection = TestBed.inject(CompareSelection);
    selection.toggle('slot', id(1));
    selection.toggle('ppp', id(2));
    selection.toggle('slot', id(3));
    selection.toggle('slot', id(4));
    selection.toggle('slot', id(5));
    expect(selection.picks()).toHaveLength(4);
    expect(selection.full()).toBe(true);
    expect(selection.queryParams()).toEqual({ slots: `${id(1)},${id(3)},${id(4)}`, ppp: id(2) });

    selection.toggle('slot', id(3));
    expect(selection.has('slot', id(3))).toBe(false);
    expect(JSON.parse(sessionStorage.getItem('kbdm.compare')!)).toHaveLength(3);
  });

  it('reads what the tab kept, and passes over anything that is not a pick', () => {
    sessionStorage.setItem('kbdm.compare', JSON.stringify([{ kind: 'slot', id: id(1) }, { kind: 'x', id: 'y' }, 5]));
    expect(TestBed.inject(CompareSelection).picks()).toEqual([{ kind: 'slot', id: id(1) }]);
  });
});
