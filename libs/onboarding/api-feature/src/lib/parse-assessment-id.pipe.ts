import { Injectable, type PipeTransform } from '@nestjs/common';
import { isAssessmentId } from '@kbdm/onboarding/api-data-access';
import { AssessmentNotFoundException } from './onboarding.exceptions';

/**
 * `:id` of an assessment: a 22-character base64url token, not a UUID. Anything else is answered
 * 404, like a token that names nothing: a malformed link is a broken link, not a bad request.
 */
@Injectable()
export class ParseAssessmentIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isAssessmentId(value)) throw new AssessmentNotFoundException(value);
    return value;
  }
}
