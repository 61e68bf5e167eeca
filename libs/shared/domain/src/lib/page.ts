/** One page of a list answer. */
export type Page<T> = {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
};

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Query parameters every list endpoint accepts. */
export type ListQuery = {
  q?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
  lang?: string;
};
