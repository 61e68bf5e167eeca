import { displayFileName } from './application-documents.service';
import { csvField } from '@kbdm/api/core-http';
import { idempotencyKeyOf } from './idempotency-key';

describe('what the applications API takes from a request', () => {
  it('keeps a file name to show, never a path', () => {
    expect(displayFileName('../../etc/passwd')).toBe('passwd');
    expect(displayFileName('C:\\Users\\aida\\Бизнес-план.pdf')).toBe('Бизнес-план.pdf');
    expect(displayFileName('bad\u0000"name".pdf')).toBe('badname.pdf');
    expect(displayFileName('/')).toBe('document');
    expect(displayFileName('x'.repeat(400))).toHaveLength(255);
  });

  it('writes CSV fields a spreadsheet reads as text, not as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('Bakery, Temirtau')).toBe('"Bakery, Temirtau"');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField('Нан зауыты')).toBe('Нан зауыты');
  });

  it('accepts a visible-ASCII Idempotency-Key and names the header when it is wrong', () => {
    expect(idempotencyKeyOf(undefined)).toBeNull();
    expect(idempotencyKeyOf('6f1c9a1e-0b7d-4c8e-9a55-2f9e1d3b7c40')).toBe('6f1c9a1e-0b7d-4c8e-9a55-2f9e1d3b7c40');
    for (const wrong of ['', 'has space', 'x'.repeat(129), 'кириллица']) {
      expect(() => idempotencyKeyOf(wrong)).toThrow(expect.objectContaining({ status: 400 }));
    }
  });
});
