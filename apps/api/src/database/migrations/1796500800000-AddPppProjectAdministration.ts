import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PPP projects are edited and imported like opportunities: a project can be unpublished and
 * carries a version for the edit form, and an import job may be of PPP projects.
 */
export class AddPppProjectAdministration1796500800000 implements MigrationInterface {
  name = 'AddPppProjectAdministration1796500800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE ppp_project ADD COLUMN published boolean NOT NULL DEFAULT true`,
      `ALTER TABLE ppp_project ADD COLUMN version integer NOT NULL DEFAULT 1`,
      `CREATE INDEX ix_ppp_project_published ON ppp_project (published)`,
      `ALTER TABLE import_job DROP CONSTRAINT ck_import_job_catalogue`,
      `ALTER TABLE import_job ADD CONSTRAINT ck_import_job_catalogue CHECK (catalogue IN ('opportunities', 'ppp-projects'))`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM import_job WHERE catalogue = 'ppp-projects'`);
    await queryRunner.query('ALTER TABLE import_job DROP CONSTRAINT ck_import_job_catalogue');
    await queryRunner.query(
      `ALTER TABLE import_job ADD CONSTRAINT ck_import_job_catalogue CHECK (catalogue IN ('opportunities'))`,
    );
    await queryRunner.query('DROP INDEX ix_ppp_project_published');
    await queryRunner.query('ALTER TABLE ppp_project DROP COLUMN version');
    await queryRunner.query('ALTER TABLE ppp_project DROP COLUMN published');
  }
}
