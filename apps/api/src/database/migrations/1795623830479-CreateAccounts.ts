import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts: people who sign in, their refresh-token sessions, and the append-only audit log.
 * E-mail is unique regardless of case through an index on `lower(email)`.
 */
export class CreateAccounts1795623830479 implements MigrationInterface {
  name = 'CreateAccounts1795623830479';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        password_hash varchar(255) NOT NULL,
        role varchar(16) NOT NULL
          CONSTRAINT ck_user_account_role CHECK (role IN ('entrepreneur', 'investor', 'officer', 'admin')),
        full_name varchar(200) NOT NULL,
        phone varchar(32),
        district_id uuid CONSTRAINT fk_user_account_district REFERENCES district (id) ON DELETE RESTRICT,
        deactivated_at timestamptz,
        failed_sign_ins integer NOT NULL DEFAULT 0 CONSTRAINT ck_user_account_failed_sign_ins CHECK (failed_sign_ins >= 0),
        sign_in_not_before timestamptz,
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE UNIQUE INDEX uq_user_account_email ON user_account (lower(email))`,
      `CREATE INDEX ix_user_account_role ON user_account (role)`,
      `CREATE INDEX ix_user_account_district ON user_account (district_id)`,

      `CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT fk_auth_session_user REFERENCES user_account (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash char(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        replaced_by uuid,
        ip varchar(64),
        user_agent varchar(512),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE UNIQUE INDEX uq_auth_session_token_hash ON auth_session (token_hash)`,
      `CREATE INDEX ix_auth_session_user ON auth_session (user_id)`,
      `CREATE INDEX ix_auth_session_family ON auth_session (family_id)`,

      `CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid,
        action varchar(64) NOT NULL,
        target_type varchar(32),
        target_id varchar(64),
        ip varchar(64),
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX ix_audit_event_actor ON audit_event (actor_id)`,
      `CREATE INDEX ix_audit_event_action ON audit_event (action)`,
      `CREATE INDEX ix_audit_event_target ON audit_event (target_type, target_id)`,
      `CREATE INDEX ix_audit_event_created_at ON audit_event (created_at)`,
      // The log is evidence: the application may add to it, never rewrite it.
      `CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
        END
      $$`,
      `CREATE TRIGGER tr_audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_event');
    await queryRunner.query('DROP FUNCTION audit_event_append_only()');
    await queryRunner.query('DROP TABLE auth_session');
    await queryRunner.query('DROP TABLE user_account');
  }
}
