/**
 * OKED codes as the catalogue writes them: a section letter, then optionally the two-digit
 * division and up to three more digits with no dots (`C`, `C23`, `C2351`). Kept in step with
 * the pattern `validateEligibilityRules` applies to rules.
 */
export const SECTOR_CODE = /^[A-U](\d{2}(\d{1,3})?)?$/;

/**
 * Whether `parent` covers `code`: a code covers itself and every code under it. The digits
 * are hierarchical and there is no one-digit level, so a prefix is exactly an ancestor.
 */
export function sectorCovers(parent: string, code: string): boolean {
  return code.startsWith(parent);
}

/** The section letter of a code (`C` for `C2351`). */
export function sectorSection(code: string): string {
  return code.slice(0, 1);
}
