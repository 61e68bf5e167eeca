import { binIinControlDigit, isValidBinIin } from './bin-iin';

describe('isValidBinIin', () => {
  // Published BINs of large Kazakh companies, as printed in their public requisites.
  it.each(['971240001315', '981140001551', '081140000436', '940140000385', '990140000483'])(
    'accepts the real BIN %s',
    (bin) => {
      expect(isValidBinIin(bin)).toBe(true);
    },
  );

  it('accepts an IIN in the real format (born 12 May 1987, a man of the 20th century) with its control digit', () => {
    // 8·1+7·2+0·3+5·4+1·5+2·6+3·7+0·8+0·9+1·10+2·11 = 112; 112 mod 11 = 2.
    expect(binIinControlDigit('87051230012')).toBe(2);
    expect(isValidBinIin('870512300122')).toBe(true);
  });

  it('takes the second pass when the first gives 10', () => {
    // 87051231010: first pass 98 mod 11 = 10; weights 3..11,1,2 give 143 mod 11 = 0.
    expect(binIinControlDigit('87051231010')).toBe(0);
    expect(isValidBinIin('870512310100')).toBe(true);
    expect(isValidBinIin('870512310101')).toBe(false);
  });

  it('refuses every control digit when both passes give 10: such a number is never issued', () => {
    expect(binIinControlDigit('87051231015')).toBeNull();
    for (let digit = 0; digit <= 9; digit++) expect(isValidBinIin(`87051231015${digit}`)).toBe(false);
  });

  it('refuses a real BIN with any other last digit', () => {
    for (let digit = 0; digit <= 9; digit++) {
      expect(isValidBinIin(`97124000131${digit}`)).toBe(digit === 5);
    }
  });

  it('refuses a real BIN with one digit changed or two neighbours swapped', () => {
    expect(isValidBinIin('971250001315')).toBe(false);
    expect(isValidBinIin('917240001315')).toBe(false);
  });

  it('cannot see a change of the 11th digit alone: its first-pass weight, 11, is 0 mod 11', () => {
    // A property of the national algorithm, kept here so nobody "fixes" the validator to differ from it.
    expect(isValidBinIin('971240001325')).toBe(true);
  });

  it.each([
    '',
    '97124000131',
    '9712400013155',
    '97124000131a',
    ' 971240001315',
    '9712-4000-1315',
    '９７１２４０００１３１５',
  ])('refuses %j, which is not exactly 12 ASCII digits', (value) => {
    expect(isValidBinIin(value)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isValidBinIin(971240001315 as unknown as string)).toBe(false);
    expect(isValidBinIin(null as unknown as string)).toBe(false);
  });

  it('leaves exactly one valid last digit for a prefix, or none when no control digit exists', () => {
    for (let serial = 0; serial < 2000; serial++) {
      const prefix = `0412405${String(serial).padStart(4, '0')}`;
      const valid = [...'0123456789'].filter((d) => isValidBinIin(prefix + d));
      const control = binIinControlDigit(prefix);
      expect(valid).toEqual(control === null ? [] : [String(control)]);
    }
  });
});
