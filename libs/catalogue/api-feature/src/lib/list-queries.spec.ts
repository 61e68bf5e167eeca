import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ListOpportunitiesQuery } from './opportunities.controller';

/** Runs a query object through the same transform and validation as the global pipe. */
function parse(query: Record<string, string>): { value: ListOpportunitiesQuery; fields: string[] } {
  const value = plainToInstance(ListOpportunitiesQuery, query);
  const errors = validateSync(value, { whitelist: true, forbidNonWhitelisted: true });
  return { value, fields: errors.map((e) => e.property) };
}

describe('ListOpportunitiesQuery', () => {
  it('splits comma-separated filters and converts numbers', () => {
    const { value, fields } = parse({
      sector: 'C23, C20',
      status: 'open,investor_found',
      minScore: '40',
      page: '2',
      q: '  кирпич ',
    });
    expect(fields).toEqual([]);
    expect(value).toMatchObject({
      sector: ['C23', 'C20'],
      status: ['open', 'investor_found'],
      minScore: 40,
      page: 2,
      q: 'кирпич',
    });
  });

  it('names every wrong parameter', () => {
    const { fields } = parse({
      sector: 'steel',
      status: 'open,bogus',
      minScore: '101',
      pageSize: '1000',
      sort: 'random',
      colour: 'red',
    });
    expect(fields.sort()).toEqual(['colour', 'minScore', 'pageSize', 'sector', 'sort', 'status']);
  });

  it('refuses a blank search and an unknown language', () => {
    expect(parse({ q: '   ' }).fields).toEqual(['q']);
    expect(parse({ lang: 'de' }).fields).toEqual(['lang']);
  });
});
