import { randomBytes } from 'node:crypto';

/** 128 random bits written in base64url: 22 characters, no padding. */
export const ASSESSMENT_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/**
 * A new assessment id. It is the key to the results for whoever holds the link, so it comes from
 * the operating system's random source, never from a counter or the clock.
 */
export function newAssessmentId(): string {
  return randomBytes(16).toString('base64url');
}

/** Whether `value` has the shape of an assessment id (it may still name none). */
export function isAssessmentId(value: unknown): value is string {
  return typeof value === 'string' && ASSESSMENT_ID_PATTERN.test(value);
}
