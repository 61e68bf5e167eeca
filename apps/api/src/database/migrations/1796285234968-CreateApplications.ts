import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'information_requested',
  'resubmitted',
  'approved',
  'rejected',
  'withdrawn',
];
const ACTIONS = [
  'created',
  'assigned',
  'submit',
  'withdraw',
  'start_review',
  'request_information',
  'resubmit',
  'approve',
  'reject',
];
const list = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * Kazakhstan's days off on weekdays, 2025–2027: the public holidays of the Law on Holidays and,
 * where a national holiday falls on a weekend, the next working day (Labour Code, art. 85). The
 * religious holidays (Orthodox Christmas, the first day of Kurban Ait) are not moved. Days the
 * government moves by its yearly decree are added as rows of their own.
 */
const CALENDAR: [string, 'day_off' | 'working_day', string][] = [
  ['2025-01-01', 'day_off', 'New Year'],
  ['2025-01-02', 'day_off', 'New Year'],
  ['2025-01-07', 'day_off', 'Orthodox Christmas'],
  ['2025-03-10', 'day_off', "Day off moved from International Women's Day (2025-03-08)"],
  ['2025-03-21', 'day_off', 'Nauryz'],
  ['2025-03-24', 'day_off', 'Day off moved from Nauryz (2025-03-22)'],
  ['2025-03-25', 'day_off', 'Day off moved from Nauryz (2025-03-23)'],
  ['2025-05-01', 'day_off', 'Unity Day of the People of Kazakhstan'],
  ['2025-05-07', 'day_off', 'Defender of the Fatherland Day'],
  ['2025-05-09', 'day_off', 'Victory Day'],
  ['2025-06-06', 'day_off', 'Kurban Ait'],
  ['2025-07-07', 'day_off', 'Day off moved from Capital Day (2025-07-06)'],
  ['2025-09-01', 'day_off', 'Day off moved from Constitution Day (2025-08-30)'],
  ['2025-10-27', 'day_off', 'Day off moved from Republic Day (2025-10-25)'],
  ['2025-12-16', 'day_off', 'Independence Day'],
  ['2026-01-01', 'day_off', 'New Year'],
  ['2026-01-02', 'day_off', 'New Year'],
  ['2026-01-07', 'day_off', 'Orthodox Christmas'],
  ['2026-03-09', 'day_off', "Day off moved from International Women's Day (2026-03-08)"],
  ['2026-03-23', 'day_off', 'Nauryz'],
  ['2026-03-24', 'day_off', 'Day off moved from Nauryz (2026-03-21)'],
  ['2026-03-25', 'day_off', 'Day off moved from Nauryz (2026-03-22)'],
  ['2026-05-01', 'day_off', 'Unity Day of the People of Kazakhstan'],
  ['2026-05-07', 'day_off', 'Defender of the Fatherland Day'],
  ['2026-05-11', 'day_off', 'Day off moved from Victory Day (2026-05-09)'],
  ['2026-05-27', 'day_off', 'Kurban Ait'],
  ['2026-07-06', 'day_off', 'Capital Day'],
  ['2026-08-31', 'day_off', 'Day off moved from Constitution Day (2026-08-30)'],
  ['2026-10-26', 'day_off', 'Day off moved from Republic Day (2026-10-25)'],
  ['2026-12-16', 'day_off', 'Independence Day'],
  ['2027-01-01', 'day_off', 'New Year'],
  ['2027-01-04', 'day_off', 'Day off moved from New Year (2027-01-02)'],
  ['2027-01-07', 'day_off', 'Orthodox Christmas'],
  ['2027-03-08', 'day_off', "International Women's Day"],
  ['2027-03-22', 'day_off', 'Nauryz'],
  ['2027-03-23', 'day_off', 'Nauryz'],
  ['2027-03-24', 'day_off', 'Day off moved from Nauryz (2027-03-21)'],
  ['2027-05-03', 'day_off', 'Day off moved from Unity Day of the People of Kazakhstan (2027-05-01)'],
  ['2027-05-07', 'day_off', 'Defender of the Fatherland Day'],
  ['2027-05-10', 'day_off', 'Day off moved from Victory Day (2027-05-09)'],
  ['2027-07-06', 'day_off', 'Capital Day'],
  ['2027-08-30', 'day_off', 'Constitution Day'],
  ['2027-10-25', 'day_off', 'Republic Day'],
  ['2027-12-16', 'day_off', 'Independence Day'],
];

/**
 * Applications and their processing: the application (with its optimistic-lock version and
 * its decision deadline), its immutable event log, documents, message thread, the idempotency
 * keys of submissions, the working calendar; and for every change, the in-app notification and
 * the e-mail outbox written in the same transaction.
 */
export class CreateApplications1796285234968 implements MigrationInterface {
  name = 'CreateApplications1796285234968';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE working_calendar_day (
        day date PRIMARY KEY,
        kind varchar(16) NOT NULL CONSTRAINT ck_working_calendar_day_kind CHECK (kind IN ('day_off', 'working_day')),
        name varchar(200) NOT NULL
      )`,

      `CREATE TABLE application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number SERIAL NOT NULL,
        applicant_id uuid NOT NULL CONSTRAINT fk_application_applicant REFERENCES user_account (id) ON DELETE RESTRICT,
        target_kind varchar(16) NOT NULL
          CONSTRAINT ck_application_target_kind CHECK (target_kind IN ('programme', 'opportunity', 'ppp_project')),
        programme_id uuid CONSTRAINT fk_application_programme REFERENCES programme (id) ON DELETE RESTRICT,
        programme_version_id uuid
          CONSTRAINT fk_application_programme_version REFERENCES programme_version (id) ON DELETE RESTRICT,
        opportunity_id uuid CONSTRAINT fk_application_opportunity REFERENCES opportunity (id) ON DELETE RESTRICT,
        ppp_project_id uuid CONSTRAINT fk_application_ppp_project REFERENCES ppp_project (id) ON DELETE RESTRICT,
        status varchar(24) NOT NULL CONSTRAINT ck_application_status CHECK (status IN (${list(STATUSES)})),
        form jsonb NOT NULL DEFAULT '{}' CONSTRAINT ck_application_form CHECK (jsonb_typeof(form) = 'object'),
        district_id uuid CONSTRAINT fk_application_district REFERENCES district (id) ON DELETE RESTRICT,
        assignee_id uuid CONSTRAINT fk_application_assignee REFERENCES user_account (id) ON DELETE SET NULL,
        filing_channel varchar(16) NOT NULL
          CONSTRAINT ck_application_filing_channel CHECK (filing_channel IN ('portal', 'egov', 'operator')),
        decision_working_days integer NOT NULL
          CONSTRAINT ck_application_decision_working_days CHECK (decision_working_days BETWEEN 0 AND 365),
        submitted_at timestamptz,
        decision_due date,
        paused_working_days_left integer
          CONSTRAINT ck_application_paused_working_days_left CHECK (paused_working_days_left >= 0),
        decided_at timestamptz,
        version integer NOT NULL DEFAULT 1 CONSTRAINT ck_application_version CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Exactly the target column its kind names.
        CONSTRAINT ck_application_target CHECK (
          (target_kind = 'programme' AND programme_id IS NOT NULL AND programme_version_id IS NOT NULL
             AND opportunity_id IS NULL AND ppp_project_id IS NULL)
          OR (target_kind = 'opportunity' AND opportunity_id IS NOT NULL
             AND programme_id IS NULL AND programme_version_id IS NULL AND ppp_project_id IS NULL)
          OR (target_kind = 'ppp_project' AND ppp_project_id IS NOT NULL
             AND programme_id IS NULL AND programme_version_id IS NULL AND opportunity_id IS NULL)
        ),
        -- Anything past a draft was submitted and has a deadline; a decision has its time.
        CONSTRAINT ck_application_submitted CHECK (
          (status = 'draft') = (submitted_at IS NULL) AND (submitted_at IS NULL) = (decision_due IS NULL)
        ),
        CONSTRAINT ck_application_decided CHECK ((status IN ('approved', 'rejected', 'withdrawn')) = (decided_at IS NOT NULL))
      )`,
      `CREATE UNIQUE INDEX uq_application_number ON application (number)`,
      `CREATE INDEX ix_application_applicant ON application (applicant_id, created_at)`,
      `CREATE INDEX ix_application_queue ON application (status, decision_due)`,
      `CREATE INDEX ix_application_assignee ON application (assignee_id, status)`,
      `CREATE INDEX ix_application_programme ON application (programme_id)`,
      `CREATE INDEX ix_application_opportunity ON application (opportunity_id)`,
      `CREATE INDEX ix_application_ppp_project ON application (ppp_project_id)`,
      `CREATE INDEX ix_application_district ON application (district_id)`,

      `CREATE TABLE application_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL
          CONSTRAINT fk_application_event_application REFERENCES application (id) ON DELETE CASCADE,
        actor_id uuid NOT NULL CONSTRAINT fk_application_event_actor REFERENCES user_account (id) ON DELETE RESTRICT,
        action varchar(24) NOT NULL CONSTRAINT ck_application_event_action CHECK (action IN (${list(ACTIONS)})),
        from_status varchar(24) CONSTRAINT ck_application_event_from_status CHECK (from_status IN (${list(STATUSES)})),
        to_status varchar(24) NOT NULL CONSTRAINT ck_application_event_to_status CHECK (to_status IN (${list(STATUSES)})),
        reason text CONSTRAINT ck_application_event_reason CHECK (char_length(reason) <= 4000),
        assignee_id uuid CONSTRAINT fk_application_event_assignee REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX ix_application_event_application ON application_event (application_id, created_at)`,
      // The record of what happened is never rewritten: an UPDATE is refused by the database itself.
      `CREATE FUNCTION application_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'application events are immutable' USING ERRCODE = 'restrict_violation';
        END
      $$`,
      `CREATE TRIGGER tr_application_event_immutable BEFORE UPDATE ON application_event
        FOR EACH ROW EXECUTE FUNCTION application_event_immutable()`,

      `CREATE TABLE application_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL
          CONSTRAINT fk_application_document_application REFERENCES application (id) ON DELETE CASCADE,
        requirement integer CONSTRAINT ck_application_document_requirement CHECK (requirement >= 0),
        file_name varchar(255) NOT NULL,
        media_type varchar(100) NOT NULL,
        size_bytes bigint NOT NULL CONSTRAINT ck_application_document_size_bytes CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL CONSTRAINT ck_application_document_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key varchar(64) NOT NULL,
        uploaded_by_id uuid NOT NULL
          CONSTRAINT fk_application_document_uploaded_by REFERENCES user_account (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE UNIQUE INDEX uq_application_document_storage_key ON application_document (storage_key)`,
      `CREATE INDEX ix_application_document_application ON application_document (application_id, created_at)`,

      `CREATE TABLE application_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL
          CONSTRAINT fk_application_message_application REFERENCES application (id) ON DELETE CASCADE,
        author_id uuid NOT NULL CONSTRAINT fk_application_message_author REFERENCES user_account (id) ON DELETE RESTRICT,
        body text NOT NULL CONSTRAINT ck_application_message_body CHECK (char_length(body) BETWEEN 1 AND 4000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX ix_application_message_application ON application_message (application_id, created_at)`,

      `CREATE TABLE idempotency_key (
        user_id uuid NOT NULL CONSTRAINT fk_idempotency_key_user REFERENCES user_account (id) ON DELETE CASCADE,
        key varchar(128) NOT NULL,
        request_hash char(64) NOT NULL,
        application_id uuid NOT NULL
          CONSTRAINT fk_idempotency_key_application REFERENCES application (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_idempotency_key PRIMARY KEY (user_id, key)
      )`,
      `CREATE INDEX ix_idempotency_key_created_at ON idempotency_key (created_at)`,

      `CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT fk_notification_user REFERENCES user_account (id) ON DELETE CASCADE,
        kind varchar(48) NOT NULL,
        params jsonb NOT NULL CONSTRAINT ck_notification_params CHECK (jsonb_typeof(params) = 'object'),
        link varchar(300) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`,
      `CREATE INDEX ix_notification_user ON notification (user_id, created_at)`,

      `CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address varchar(254) NOT NULL,
        subject varchar(300) NOT NULL,
        body_text text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        sent_at timestamptz,
        failed_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX ix_mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
    await queryRunner.query(
      `INSERT INTO working_calendar_day (day, kind, name) SELECT * FROM unnest($1::date[], $2::varchar[], $3::varchar[])`,
      [CALENDAR.map((d) => d[0]), CALENDAR.map((d) => d[1]), CALENDAR.map((d) => d[2])],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'mail_outbox',
      'notification',
      'idempotency_key',
      'application_message',
      'application_document',
      'application_event',
      'application',
      'working_calendar_day',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query('DROP FUNCTION application_event_immutable()');
  }
}
