import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { QueueQuery } from '@kbdm/applications/domain';
import { API_BASE_URL } from '@kbdm/shared/web-core';
import { firstValueFrom } from 'rxjs';
import { anApplication, APPLICATION_ID, dana } from '../test/fixtures';
import { OfficerQueueClient, parseQueueQuery, queueParams } from './officer-queue-client';

const BASE = 'https://portal.test/api/v1/officer';

const filters: QueueQuery = {
  status: ['submitted', 'resubmitted'],
  programme: ['damu-subsidy'],
  district: ['temirtau', 'saran'],
  assignee: 'me',
  overdue: true,
  q: ' KBDM-2026 ',
  sort: '-submittedAt',
  page: 3,
  pageSize: 20,
};

describe('OfficerQueueClient', () => {
  let http: HttpTestingController;
  let client: OfficerQueueClient;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: API_BASE_URL, useValue: 'https://portal.test' },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(OfficerQueueClient);
  });

  afterEach(() => http.verify());

  it('asks for the queue with every filter as the API names it, lists joined with commas', () => {
    client.list(filters).subscribe();

    const request = http.expectOne((r) => r.url === `${BASE}/applications`);
    expect(request.request.params.keys().sort()).toEqual(
      ['assignee', 'district', 'overdue', 'page', 'pageSize', 'programme', 'q', 'sort', 'status'].sort(),
    );
    expect(request.request.params.get('status')).toBe('submitted,resubmitted');
    expect(request.request.params.get('district')).toBe('temirtau,saran');
    expect(request.request.params.get('q')).toBe('KBDM-2026');
    request.flush({ items: [], total: 0, page: 3, pageSize: 20 });
  });

  it('counts under the same filters bar the status, the sort and the page', () => {
    client.counts(filters).subscribe();

    const request = http.expectOne((r) => r.url === `${BASE}/applications/counts`);
    expect(request.request.params.keys().sort()).toEqual(['assignee', 'district', 'overdue', 'programme', 'q']);
    request.flush({ byStatus: {}, overdue: 0, total: 0 });
  });

  it('builds the export address from the same filters, every page, and fetches it as a Blob', async () => {
    const url = client.exportUrl(filters);
    expect(url.startsWith(`${BASE}/applications/export.csv?`)).toBe(true);
    const params = new URL(url).searchParams;
    expect(params.get('status')).toBe('submitted,resubmitted');
    expect(params.get('sort')).toBe('-submittedAt');
    expect(params.has('page')).toBe(false);
    expect(client.exportUrl({})).toBe(`${BASE}/applications/export.csv`);

    const csv = firstValueFrom(client.exportCsv(filters));
    const request = http.expectOne(url);
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['\ufeffreference\n']));
    expect(await csv).toBeInstanceOf(Blob);
  });

  it('takes an application at the version seen and lists who it can go to', async () => {
    client.assign(APPLICATION_ID, { version: 4, assigneeId: dana.id }).subscribe();
    const put = http.expectOne(`${BASE}/applications/${APPLICATION_ID}/assignee`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ version: 4, assigneeId: dana.id });
    put.flush(anApplication({ assignee: dana, version: 5 }));

    const officers = firstValueFrom(client.officers());
    http.expectOne(`${BASE}/officers`).flush([dana]);
    expect(await officers).toEqual([dana]);
  });
});

describe('the queue in the URL', () => {
  it('reads a shared link back into the same query', () => {
    // The page size is the page's own choice, not the link's.
    expect(parseQueueQuery(queueParams({ ...filters, pageSize: undefined }))).toEqual({
      ...filters,
      q: 'KBDM-2026',
      pageSize: undefined,
    });
  });

  it('leaves out what is not valid instead of refusing the page', () => {
    expect(
      parseQueueQuery({
        status: 'draft,approved,nonsense',
        sort: 'colour',
        page: '-2',
        overdue: 'yes',
        assignee: 'me; drop table',
        district: 'temirtau,<script>',
      }),
    ).toEqual({ status: ['approved'], district: ['temirtau'] });
  });
});
