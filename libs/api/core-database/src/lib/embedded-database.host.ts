import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { EmbeddedPostgres, EmbeddedPostgresOptions, PostgresEndpoint } from './embedded-postgres';

/** Overrides for the embedded database (tests start it in memory from a prepared archive). */
export const EMBEDDED_DATABASE_OPTIONS = Symbol('EMBEDDED_DATABASE_OPTIONS');

/** Owns the embedded database of this process: starts it on demand and stops it last. */
@Injectable()
export class EmbeddedDatabaseHost implements OnApplicationShutdown {
  private embedded: EmbeddedPostgres | null = null;

  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(EMBEDDED_DATABASE_OPTIONS) private readonly overrides: Partial<EmbeddedPostgresOptions>,
  ) {}

  async start(defaults: EmbeddedPostgresOptions): Promise<PostgresEndpoint> {
    if (!this.embedded) {
      this.embedded = await EmbeddedPostgres.start({ ...defaults, ...this.overrides });
    }
    return this.embedded.endpoint;
  }

  get instance(): EmbeddedPostgres | null {
    return this.embedded;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.embedded) return;
    // The pool must be closed before the server it talks to.
    const dataSource = this.moduleRef.get(DataSource, { strict: false });
    if (dataSource?.isInitialized) await dataSource.destroy();
    await this.embedded.stop();
    this.embedded = null;
  }
}
