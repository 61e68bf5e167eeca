import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: string[]) => values.map((value) => `'${value}'`).join(', ');
const STATUSES = ['queued', 'validating', 'ready', 'apply_queued', 'applying', 'done', 'failed', 'cancelled'];
const ACTIONS = ['add', 'update', 'unchanged', 'invalid'];

/**
 * The administrators' catalogue work: an opportunity can be unpublished (the public no longer
 * sees it) and carries a version for the edit form; spreadsheet imports are jobs whose state,
 * progress and parsed rows live here, so that any instance can run or report on them and a
 * restart resumes them.
 */
export class CreateCatalogueAdministration1796493600000 implements MigrationInterface {
  name = 'CreateCatalogueAdministration1796493600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE opportunity ADD COLUMN published boolean NOT NULL DEFAULT true`,
      `ALTER TABLE opportunity ADD COLUMN version integer NOT NULL DEFAULT 1`,
      `CREATE INDEX ix_opportunity_published ON opportunity (published)`,

      `CREATE TABLE import_job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        catalogue varchar(32) NOT NULL CONSTRAINT ck_import_job_catalogue CHECK (catalogue IN ('opportunities')),
        file_name varchar(255) NOT NULL,
        format varchar(8) NOT NULL CONSTRAINT ck_import_job_format CHECK (format IN ('csv', 'xlsx')),
        storage_key varchar(64) NOT NULL,
        size bigint NOT NULL CONSTRAINT ck_import_job_size CHECK (size >= 0),
        status varchar(16) NOT NULL CONSTRAINT ck_import_job_status CHECK (status IN (${list(STATUSES)})),
        mode varchar(16) CONSTRAINT ck_import_job_mode CHECK (mode IN ('all', 'valid_only')),
        progress_done bigint NOT NULL DEFAULT 0,
        progress_total bigint NOT NULL DEFAULT 0,
        rows integer NOT NULL DEFAULT 0,
        count_add integer NOT NULL DEFAULT 0,
        count_update integer NOT NULL DEFAULT 0,
        count_unchanged integer NOT NULL DEFAULT 0,
        count_invalid integer NOT NULL DEFAULT 0,
        applied_added integer,
        applied_updated integer,
        failure text,
        created_by uuid,
        applied_by uuid,
        lease_owner varchar(64),
        lease_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`,
      `CREATE INDEX ix_import_job_status ON import_job (status)`,
      `CREATE INDEX ix_import_job_created_at ON import_job (created_at)`,

      `CREATE TABLE import_row (
        job_id uuid NOT NULL CONSTRAINT fk_import_row_job REFERENCES import_job (id) ON DELETE CASCADE,
        row_number integer NOT NULL,
        code varchar(64),
        action varchar(16) NOT NULL CONSTRAINT ck_import_row_action CHECK (action IN (${list(ACTIONS)})),
        target_id uuid,
        input jsonb,
        changes varchar(64)[] NOT NULL DEFAULT '{}',
        errors jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (job_id, row_number)
      )`,
      `CREATE INDEX ix_import_row_action ON import_row (job_id, action)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE import_row');
    await queryRunner.query('DROP TABLE import_job');
    await queryRunner.query('DROP INDEX ix_opportunity_published');
    await queryRunner.query('ALTER TABLE opportunity DROP COLUMN version');
    await queryRunner.query('ALTER TABLE opportunity DROP COLUMN published');
  }
}
