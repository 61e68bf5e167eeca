import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registered business of an entrepreneur or investor on their account (all five fields or
 * none), and the index the administrators' user list is ordered by.
 */
export class AddBusinessProfile1795625163976 implements MigrationInterface {
  name = 'AddBusinessProfile1795625163976';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE user_account
        ADD COLUMN business_name varchar(200),
        ADD COLUMN business_bin_iin char(12)
          CONSTRAINT ck_user_account_business_bin_iin CHECK (business_bin_iin ~ '^[0-9]{12}$'),
        ADD COLUMN business_legal_form varchar(32)
          CONSTRAINT ck_user_account_business_legal_form
          CHECK (business_legal_form IN ('individual_entrepreneur', 'llp', 'jsc', 'farm', 'cooperative')),
        ADD COLUMN business_oked_code varchar(16),
        ADD COLUMN business_size varchar(16)
          CONSTRAINT ck_user_account_business_size CHECK (business_size IN ('micro', 'small', 'medium', 'large'))`,
      // A business is described completely or not at all.
      `ALTER TABLE user_account ADD CONSTRAINT ck_user_account_business_complete CHECK (
        num_nulls(business_name, business_bin_iin, business_legal_form, business_oked_code, business_size) IN (0, 5)
      )`,
      `CREATE INDEX ix_user_account_created_at ON user_account (created_at)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_user_account_created_at');
    await queryRunner.query(`ALTER TABLE user_account
      DROP CONSTRAINT ck_user_account_business_complete,
      DROP COLUMN business_size,
      DROP COLUMN business_oked_code,
      DROP COLUMN business_legal_form,
      DROP COLUMN business_bin_iin,
      DROP COLUMN business_name`);
  }
}
