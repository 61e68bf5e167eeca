import type { MigrationInterface, QueryRunner } from 'typeorm';

const RULE_KINDS = [
  'applicantKind',
  'applicantAge',
  'applicantStatus',
  'businessAge',
  'businessSize',
  'sectors',
  'districts',
  'projectCost',
  'ownContribution',
  'certificate',
];

/**
 * The onboarding questionnaire's saved assessments: the answers, the results as computed (a
 * snapshot in jsonb), and the district, sectors and per-programme verdicts in plain columns, so
 * that the officers' demand figures are SQL aggregates. The id is a 22-character base64url token.
 */
export class CreateOnboardingAssessments1795630983589 implements MigrationInterface {
  name = 'CreateOnboardingAssessments1795630983589';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE onboarding_assessment (
        id varchar(22) PRIMARY KEY CONSTRAINT ck_onboarding_assessment_id CHECK (id ~ '^[A-Za-z0-9_-]{22}$'),
        answers jsonb NOT NULL CONSTRAINT ck_onboarding_assessment_answers CHECK (jsonb_typeof(answers) = 'object'),
        result jsonb NOT NULL CONSTRAINT ck_onboarding_assessment_result CHECK (jsonb_typeof(result) = 'object'),
        eligible_count integer NOT NULL CONSTRAINT ck_onboarding_assessment_eligible_count CHECK (eligible_count >= 0),
        nearly_count integer NOT NULL CONSTRAINT ck_onboarding_assessment_nearly_count CHECK (nearly_count >= 0),
        not_count integer NOT NULL CONSTRAINT ck_onboarding_assessment_not_count CHECK (not_count >= 0),
        district_code varchar(64) NOT NULL
          CONSTRAINT ck_onboarding_assessment_district_code CHECK (district_code ~ '^[a-z][a-z0-9-]*$'),
        sector_codes varchar(8)[] NOT NULL DEFAULT '{}',
        user_id uuid CONSTRAINT fk_onboarding_assessment_user REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        claimed_at timestamptz,
        -- Owned only once claimed; a claimed one whose account is deleted keeps claimed_at and stays closed.
        CONSTRAINT ck_onboarding_assessment_claimed CHECK (user_id IS NULL OR claimed_at IS NOT NULL)
      )`,
      `CREATE INDEX ix_onboarding_assessment_user ON onboarding_assessment (user_id, created_at)`,
      `CREATE INDEX ix_onboarding_assessment_district ON onboarding_assessment (district_code, created_at)`,
      `CREATE INDEX ix_onboarding_assessment_created_at ON onboarding_assessment (created_at)`,

      `CREATE TABLE onboarding_assessment_verdict (
        assessment_id varchar(22) NOT NULL
          CONSTRAINT fk_onboarding_assessment_verdict_assessment REFERENCES onboarding_assessment (id) ON DELETE CASCADE,
        programme_id uuid NOT NULL
          CONSTRAINT fk_onboarding_assessment_verdict_programme REFERENCES programme (id) ON DELETE CASCADE,
        verdict varchar(8) NOT NULL
          CONSTRAINT ck_onboarding_assessment_verdict_verdict CHECK (verdict IN ('eligible', 'nearly', 'not')),
        unmet_rule_kinds varchar(32)[] NOT NULL DEFAULT '{}'
          CONSTRAINT ck_onboarding_assessment_verdict_unmet_rule_kinds
          CHECK (unmet_rule_kinds <@ ARRAY[${RULE_KINDS.map((kind) => `'${kind}'`).join(', ')}]::varchar[]),
        CONSTRAINT pk_onboarding_assessment_verdict PRIMARY KEY (assessment_id, programme_id)
      )`,
      `CREATE INDEX ix_onboarding_assessment_verdict_programme ON onboarding_assessment_verdict (programme_id)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE onboarding_assessment_verdict');
    await queryRunner.query('DROP TABLE onboarding_assessment');
  }
}
