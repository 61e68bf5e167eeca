/** One wrong field or parameter of a request. */
export type FieldError = {
  field: string;
  message: string;
};

/** An error answer as RFC 9457 describes it, with the wrong fields as an extension member. */
export type ProblemDetails = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code?: string;
  errors?: FieldError[];
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
