/** `-name` → `{ key: 'name', direction: 'DESC' }`. */
export function parseSort<K extends string>(sort: string): { key: K; direction: 'ASC' | 'DESC' } {
  return sort.startsWith('-') ? { key: sort.slice(1) as K, direction: 'DESC' } : { key: sort as K, direction: 'ASC' };
}

/** Every value of a sort parameter: each key ascending and descending. */
export function sortValues(keys: readonly string[]): string[] {
  return keys.flatMap((key) => [key, `-${key}`]);
}
