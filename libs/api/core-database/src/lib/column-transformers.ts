import type { ValueTransformer } from 'typeorm';

/**
 * `numeric` and `bigint` arrive from `pg` as strings (they may not fit a double); the amounts
 * kept here (tenge, hectares, megawatts) all do, so they are numbers in the entities.
 */
export const numberColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? value : Number(value)),
};
