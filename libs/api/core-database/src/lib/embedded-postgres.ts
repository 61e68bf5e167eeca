// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient declaration for PGlite's exported subpath, needed wherever this file is compiled
/// <reference path="./pglite-contrib.d.ts" />
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { Logger } from '@nestjs/common';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type EmbeddedPostgresOptions = {
  /** A folder for the data, or `memory://` for a database that lives only in this process. */
  dataDir: string;
  /** How many client connections the socket server multiplexes onto PGlite's one session. */
  maxConnections: number;
  /** A `dumpDataDir()` archive to start an in-memory database from (tests). */
  loadDataDir?: Blob;
};

export type PostgresEndpoint = { host: string; port: number; username: string; database: string };

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PostgreSQL compiled to WASM (PGlite) in this process, reached through a local socket server
 * so that TypeORM uses its ordinary `postgres` driver and `pg` pool. The socket server queues
 * the pool's connections onto PGlite's single session: while one transaction is open, the other
 * connections wait, so transactions never interleave (and code inside a transaction must use
 * that transaction's manager only).
 */
export class EmbeddedPostgres {
  private static readonly logger = new Logger('EmbeddedPostgres');

  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly endpoint: PostgresEndpoint,
    private readonly lockFile: string | null,
  ) {}

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    const inMemory = options.dataDir.startsWith('memory://');
    let lockFile: string | null = null;
    if (!inMemory) {
      mkdirSync(options.dataDir, { recursive: true });
      lockFile = EmbeddedPostgres.lock(options.dataDir);
    }
    const started = Date.now();
    try {
      const db = await PGlite.create({
        dataDir: inMemory ? undefined : join(options.dataDir, 'pgdata'),
        extensions: { pg_trgm },
        loadDataDir: options.loadDataDir,
      });
      const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: options.maxConnections });
      await server.start();
      const [host, port] = server.getServerConn().split(':');
      EmbeddedPostgres.logger.log(
        `Embedded PostgreSQL (PGlite) ${inMemory ? 'in memory' : 'in ' + options.dataDir} ready in ${Date.now() - started} ms`,
      );
      return new EmbeddedPostgres(
        db,
        server,
        { host, port: Number(port), username: 'postgres', database: 'postgres' },
        lockFile,
      );
    } catch (error) {
      if (lockFile) rmSync(lockFile, { force: true });
      throw error;
    }
  }

  /** One process at a time may open a data folder: a second one would corrupt it. */
  private static lock(dataDir: string): string {
    const lockFile = join(dataDir, 'pglite.pid');
    try {
      const owner = Number(readFileSync(lockFile, 'utf8'));
      if (owner && owner !== process.pid && processIsAlive(owner)) {
        throw new Error(`The embedded database in ${dataDir} is in use by process ${owner}; stop it or set DATA_DIR.`);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    writeFileSync(lockFile, String(process.pid));
    return lockFile;
  }

  /** An archive of the whole database, to start another in-memory one from (tests). */
  async dump(): Promise<Blob> {
    return this.db.dumpDataDir('none');
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    if (this.lockFile) rmSync(this.lockFile, { force: true });
  }
}
