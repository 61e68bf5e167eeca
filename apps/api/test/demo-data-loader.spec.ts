import type { Page } from '@kbdm/shared/domain';
import { DemoDataLoader } from '../src/database/demo-data/demo-data.loader';
import { OPPORTUNITIES } from '../src/database/demo-data/opportunities';
import { createTestApp, get, type TestApp } from './test-app';

const LISTS = ['districts', 'sectors', 'opportunities', 'ppp-projects', 'programmes', 'sez', 'sez-slots'];

describe('loading the starting catalogues', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const totals = async () =>
    Promise.all(LISTS.map(async (list) => (await get<Page<{ id: string }>>(t.app, `/api/v1/${list}?pageSize=1`)).body.total));

  it('changes nothing when it runs again', async () => {
    const before = await totals();
    const firstIds = (await get<Page<{ id: string }>>(t.app, '/api/v1/opportunities?pageSize=100&sort=name')).body.items.map((o) => o.id);
    await t.app.get(DemoDataLoader).load();
    expect(await totals()).toEqual(before);
    const againIds = (await get<Page<{ id: string }>>(t.app, '/api/v1/opportunities?pageSize=100&sort=name')).body.items.map((o) => o.id);
    expect(againIds).toEqual(firstIds);
    expect(before[2]).toBe(OPPORTUNITIES.length);
  });

  it('loads nothing at start into catalogues that already have data', async () => {
    expect(await t.app.get(DemoDataLoader).loadIfEmpty()).toBe(false);
  });
});
