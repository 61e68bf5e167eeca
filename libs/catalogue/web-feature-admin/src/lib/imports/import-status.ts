import type { ImportJob, ImportStatus } from '@kbdm/catalogue/domain';

/** The statuses in which the job moves on by itself: the page asks again every second. */
export const RUNNING_IMPORT_STATUSES: readonly ImportStatus[] = ['queued', 'validating', 'apply_queued', 'applying'];

/** The statuses with a known share done (bytes read, rows written): the bar is determinate. */
const MEASURED: readonly ImportStatus[] = ['validating', 'applying'];

/** Once the file is checked: the preview is complete. */
const CHECKED: readonly ImportStatus[] = ['ready', 'apply_queued', 'applying', 'done'];

export const isRunning = (status: ImportStatus): boolean => RUNNING_IMPORT_STATUSES.includes(status);
export const isMeasured = (status: ImportStatus): boolean => MEASURED.includes(status);

/** The preview can be shown: the file was checked, or a job that ended early counted some rows. */
export function previewKnown(job: ImportJob): boolean {
  if (CHECKED.includes(job.status)) return true;
  return !isRunning(job.status) && Object.values(job.counts).some((count) => count > 0);
}

/** Rows the file would change: new and changed ones. */
export const changingRows = (job: ImportJob): number => job.counts.add + job.counts.update;
