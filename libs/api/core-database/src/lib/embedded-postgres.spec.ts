import { DataSource } from 'typeorm';
import { EMBEDDED_POOL_SIZE } from './database.module';
import { EmbeddedPostgres } from './embedded-postgres';

/** Fails the test instead of hanging when a query never answers. */
function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} did not finish in ${ms} ms`)), ms).unref(),
    ),
  ]);
}

describe('EmbeddedPostgres behind TypeORM', () => {
  let embedded: EmbeddedPostgres;
  let dataSource: DataSource;

  beforeAll(async () => {
    // The pool the API uses on the embedded database (see EMBEDDED_POOL_SIZE).
    embedded = await EmbeddedPostgres.start({ dataDir: 'memory://', maxConnections: EMBEDDED_POOL_SIZE });
    dataSource = await new DataSource({
      type: 'postgres',
      ...embedded.endpoint,
      extra: { max: EMBEDDED_POOL_SIZE },
    }).initialize();
    await dataSource.query('CREATE TABLE ledger (id serial PRIMARY KEY, writer text NOT NULL, line int NOT NULL)');
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await embedded?.stop();
  });

  it('keeps every committed write of concurrent transactions and nothing of the one that failed', async () => {
    const writers = Array.from({ length: 12 }, (_, i) => `writer-${i}`);
    const failing = 'writer-5';
    const outcomes = await within(
      30_000,
      Promise.allSettled(
        writers.map((writer) =>
          dataSource.transaction(async (manager) => {
            for (let line = 0; line < 3; line++) {
              await manager.query('INSERT INTO ledger (writer, line) VALUES ($1, $2)', [writer, line]);
              // Yield so that the other transactions get every chance to interleave.
              await new Promise((resolve) => setImmediate(resolve));
            }
            if (writer === failing) throw new Error('the failing writer gives up after writing');
          }),
        ),
      ),
      'concurrent transactions',
    );

    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(1);
    const rows: { writer: string; lines: string }[] = await dataSource.query(
      'SELECT writer, count(*) AS lines FROM ledger GROUP BY writer ORDER BY writer',
    );
    expect(rows.map((r) => r.writer).sort()).toEqual(writers.filter((w) => w !== failing).sort());
    expect(rows.every((r) => Number(r.lines) === 3)).toBe(true);
  });

  it('answers reads made on other connections while transactions run', async () => {
    const transaction = dataSource.transaction(async (manager) => {
      await manager.query('INSERT INTO ledger (writer, line) VALUES ($1, $2)', ['slow', 0]);
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    const reads = Array.from({ length: 20 }, () => dataSource.query('SELECT count(*) AS n FROM ledger'));
    await within(15_000, Promise.all([transaction, ...reads]), 'reads beside a transaction');
    const [{ n }] = await dataSource.query("SELECT count(*) AS n FROM ledger WHERE writer = 'slow'");
    expect(Number(n)).toBe(1);
  });

  it('gives every parameterised query its own answer while transactions and other queries run', async () => {
    // Each query asks for its own number of rows: an answer meant for another query shows at once.
    const wrong: string[] = [];
    const ask = (run: (sql: string, parameters: unknown[]) => Promise<unknown[]>, n: number, who: string) =>
      run('SELECT generate_series(1, $1::int) AS n', [n]).then((rows) => {
        if (rows.length !== n) wrong.push(`${who} asked for ${n} rows and got ${rows.length}`);
      });
    for (let round = 0; round < 5; round++) {
      const transactions = Array.from({ length: 8 }, (_, i) =>
        dataSource.transaction(async (manager) => {
          for (let step = 0; step < 4; step++) {
            await manager.query('INSERT INTO ledger (writer, line) VALUES ($1, $2)', [`mixed-${round}-${i}`, step]);
            await ask((sql, p) => manager.query(sql, p), ((i + step) % 7) + 1, `transaction ${i}`);
            await new Promise((resolve) => setImmediate(resolve));
          }
        }),
      );
      const reads = Array.from({ length: 60 }, (_, i) =>
        ask((sql, p) => dataSource.query(sql, p), (i % 11) + 1, `read ${i}`),
      );
      await within(30_000, Promise.allSettled([...transactions, ...reads]), 'mixed queries');
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a second process on the same data folder', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'kbdm-lock-'));
    // PID 1 is always alive: the folder looks owned by another running process.
    writeFileSync(join(dir, 'pglite.pid'), '1');
    await expect(EmbeddedPostgres.start({ dataDir: dir, maxConnections: 2 })).rejects.toThrow(/in use by process 1/);
  });
});
