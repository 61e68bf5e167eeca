import { HttpErrorResponse } from '@angular/common/http';
import type { ProblemDetails } from '@kbdm/shared/domain';

function isProblem(value: unknown): value is ProblemDetails {
  return typeof value === 'object' && value !== null && typeof (value as { title?: unknown }).title === 'string';
}

/**
 * The RFC 9457 problem an API call failed with. A failure without one (network down, proxy page)
 * becomes a problem with the HTTP status and no field errors, so pages show every error one way.
 */
export function toProblem(error: unknown): ProblemDetails {
  if (error instanceof HttpErrorResponse) {
    if (isProblem(error.error)) return error.error;
    return { type: 'about:blank', title: error.statusText || error.message, status: error.status };
  }
  if (isProblem(error)) return error;
  return { type: 'about:blank', title: error instanceof Error ? error.message : String(error), status: 0 };
}
