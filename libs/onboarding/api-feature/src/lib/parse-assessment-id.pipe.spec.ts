import { newAssessmentId } from '@kbdm/onboarding/api-data-access';
import { AssessmentNotFoundException } from './onboarding.exceptions';
import { ParseAssessmentIdPipe } from './parse-assessment-id.pipe';

describe('ParseAssessmentIdPipe', () => {
  const pipe = new ParseAssessmentIdPipe();

  it('passes a 22-character base64url token through', () => {
    const id = newAssessmentId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(pipe.transform(id)).toBe(id);
  });

  it('answers anything else as an assessment that does not exist (404), never a 400', () => {
    for (const value of [
      '',
      'short',
      'A'.repeat(23),
      'AAAAAAAAAAAAAAAAAAAAA=',
      '6f1f2d9c-0000-4000-8000-000000000000',
      'x'.repeat(500),
    ]) {
      expect(() => pipe.transform(value)).toThrow(AssessmentNotFoundException);
    }
    try {
      pipe.transform('x'.repeat(500));
    } catch (error) {
      expect(error).toMatchObject({ status: 404, code: 'assessment_not_found' });
      expect((error as Error).message.length).toBeLessThan(100);
    }
  });

  it('makes different ids every time', () => {
    const ids = new Set(Array.from({ length: 1000 }, newAssessmentId));
    expect(ids.size).toBe(1000);
  });
});
