import { DomainException, ItemNotFoundException } from '@kbdm/api/core-errors';

/** 404 for an unknown, malformed or someone else's assessment id: the three are answered alike. */
export class AssessmentNotFoundException extends ItemNotFoundException {
  constructor(id: string) {
    // A malformed id is echoed shortened: it may be anything the client put in the path.
    super('assessment', id.length > 32 ? `${id.slice(0, 32)}…` : id);
  }
}

/** 409: the assessment belongs to another account already. */
export class AssessmentClaimedException extends DomainException {
  constructor() {
    super('assessment_claimed', 409, 'This assessment has been saved to another account.');
  }
}
