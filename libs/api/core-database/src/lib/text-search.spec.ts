import { likePattern, searchCondition, searchParameters, searchWords } from './text-search';

describe('text search helpers', () => {
  it('splits a query into lower-case words of any script', () => {
    expect(searchWords('Кирпич, ӨНДІРІС  steel-pipes')).toEqual(['кирпич', 'өндіріс', 'steel', 'pipes']);
  });

  it('escapes LIKE wildcards so that a user cannot match everything', () => {
    expect(likePattern('50%_off')).toBe('%50\\%\\_off%');
  });

  it('names one parameter per word besides the full query', () => {
    expect(searchParameters('труб стальных')).toEqual({ q: 'труб стальных', w0: '%труб%', w1: '%стальных%' });
    expect(searchCondition('o', ['a', 'b'])).toContain('o.search_text LIKE :w0 AND o.search_text LIKE :w1');
  });
});
