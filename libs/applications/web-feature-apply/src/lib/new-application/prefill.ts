import type { LegalForm, Profile } from '@kbdm/accounts/domain';
import { type ApplicationForm, type FormContext, normalizePhone, parseForm } from '@kbdm/applications/domain';
import type { ApplicantKind } from '@kbdm/catalogue/domain';

/** Who applies, as the profile's legal form says; a person with no business applies as an individual. */
const APPLICANT_KIND: Record<LegalForm, ApplicantKind> = {
  individual_entrepreneur: 'individual_entrepreneur',
  // A farm (крестьянское хозяйство) is a form of individual entrepreneurship under the Entrepreneurial Code.
  farm: 'individual_entrepreneur',
  llp: 'legal_entity',
  jsc: 'legal_entity',
  cooperative: 'legal_entity',
};

/** A phone number as the form keeps it (+7 and ten digits), or nothing when it cannot be read as one. */
export function formPhone(phone: string | null | undefined): string | undefined {
  return (phone && normalizePhone(phone)) || undefined;
}

/** The catalogue's sector for an OKED code: the code itself, else its division (`C23`), else its section (`C`). */
export function catalogueSector(okedCode: string | undefined, sectorCodes: readonly string[]): string | undefined {
  if (!okedCode) return undefined;
  const candidates = [okedCode, okedCode.slice(0, 3), okedCode.slice(0, 1)];
  return candidates.find((code) => sectorCodes.includes(code));
}

/** The districts and sectors the prefill reads: ids to codes. */
export type PrefillReference = { districts: readonly { id: string; code: string }[]; sectorCodes: readonly string[] };

/**
 * The answers a new draft starts with, from the signed-in person's profile: who applies, the
 * business's name and BIN/IIN, the phone, the district and the sector. Only answers the form's
 * rules accept are kept, so a profile filled in before a rule existed never blocks the draft.
 */
export function prefillFromProfile(profile: Profile | null, reference: PrefillReference): ApplicationForm {
  if (!profile) return {};
  const business = profile.business;
  const form: ApplicationForm = {
    applicantKind: business ? APPLICANT_KIND[business.legalForm] : 'individual',
    applicantName: business?.name || profile.fullName || undefined,
    binIin: business?.binIin || undefined,
    contactPhone: formPhone(profile.phone),
    districtCode: reference.districts.find((district) => district.id === profile.districtId)?.code,
    sectorCode: catalogueSector(business?.okedCode, reference.sectorCodes),
  };
  const context: FormContext = {
    districtCodes: reference.districts.map((district) => district.code),
    sectorCodes: reference.sectorCodes,
  };
  const check = parseForm(form, context);
  if (check.ok) return check.form;
  const wrong = new Set(check.errors.map((error) => error.field.replace(/^form\./, '')));
  const kept = Object.entries(form).filter(([field, value]) => value !== undefined && !wrong.has(field));
  return Object.fromEntries(kept) as ApplicationForm;
}
