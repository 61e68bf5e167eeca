import { ADMIN_CATALOGUES, type AdminCatalogue } from '@kbdm/catalogue/domain';
import type { Dictionary } from '@kbdm/shared/web-core';

/** The first word of a catalogue's test ids on the pages: `opportunity-row`, `ppp-row`. */
export const TEST_ID_PREFIX: Readonly<Record<AdminCatalogue, string>> = {
  opportunities: 'opportunity',
  'ppp-projects': 'ppp',
};

export const isAdminCatalogue = (value: unknown): value is AdminCatalogue =>
  ADMIN_CATALOGUES.some((catalogue) => catalogue === value);

/** An item's `status` in words: an opportunity's status, a PPP project's stage, as the public pages say them. */
export function statusWords(catalogue: AdminCatalogue, status: string, t: Dictionary): string {
  const words: Record<string, string> =
    catalogue === 'opportunities' ? t.catalogue.opportunityStatus : t.catalogue.pppStage;
  return words[status] ?? status;
}
