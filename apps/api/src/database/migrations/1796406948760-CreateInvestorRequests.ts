import type { MigrationInterface, QueryRunner } from 'typeorm';

const RESERVATION_STATUSES = [
  'requested',
  'held',
  'under_negotiation',
  'contracted',
  'released',
  'expired',
  'withdrawn',
];
const INTEREST_STATUSES = ['submitted', 'under_negotiation', 'agreed', 'declined', 'withdrawn'];
const STATUSES = [...new Set([...RESERVATION_STATUSES, ...INTEREST_STATUSES])];
const ACTIONS = [
  'created',
  'hold',
  'extend',
  'start_negotiation',
  'contract',
  'release',
  'withdraw',
  'expire',
  'record_production',
  'agree',
  'decline',
];
const list = (values: string[]) => values.map((value) => `'${value}'`).join(', ');
const amount = (column: string) =>
  `${column} numeric(12, 3) NOT NULL DEFAULT 0 CONSTRAINT ck_investor_request_${column} CHECK (${column} >= 0)`;

/**
 * Investors' requests to the zone: reservations of a slot's capacity (the ledger: every active
 * reservation holds its amounts) and expressions of interest in a slot or a PPP project, with
 * their history and message thread. A contract makes the zone a participant.
 */
export class CreateInvestorRequests1796406948760 implements MigrationInterface {
  name = 'CreateInvestorRequests1796406948760';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE investor_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number SERIAL NOT NULL,
        kind varchar(16) NOT NULL CONSTRAINT ck_investor_request_kind CHECK (kind IN ('reservation', 'interest')),
        investor_id uuid CONSTRAINT fk_investor_request_investor REFERENCES user_account (id) ON DELETE RESTRICT,
        slot_id uuid CONSTRAINT fk_investor_request_slot REFERENCES sez_slot (id) ON DELETE RESTRICT,
        ppp_project_id uuid CONSTRAINT fk_investor_request_ppp_project REFERENCES ppp_project (id) ON DELETE RESTRICT,
        status varchar(24) NOT NULL,
        company varchar(200) NOT NULL CONSTRAINT ck_investor_request_company CHECK (char_length(company) >= 1),
        bin char(12) NOT NULL CONSTRAINT ck_investor_request_bin CHECK (bin ~ '^[0-9]{12}$'),
        product varchar(300) NOT NULL,
        sector_code varchar(8),
        planned_investment_kzt bigint NOT NULL CONSTRAINT ck_investor_request_investment CHECK (planned_investment_kzt >= 0),
        planned_jobs integer NOT NULL CONSTRAINT ck_investor_request_jobs CHECK (planned_jobs >= 0),
        ${amount('power_mw')},
        ${amount('water_m3_per_day')},
        ${amount('sewerage_m3_per_day')},
        ${amount('heat_gcal_per_hour')},
        ${amount('gas_m3_per_hour')},
        message text NOT NULL DEFAULT '' CONSTRAINT ck_investor_request_message CHECK (char_length(message) <= 4000),
        expires_at timestamptz,
        demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1 CONSTRAINT ck_investor_request_version CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- A reservation is of a slot; an interest is in a slot or a PPP project, never both.
        CONSTRAINT ck_investor_request_target CHECK (
          num_nonnulls(slot_id, ppp_project_id) = 1 AND (kind = 'interest' OR slot_id IS NOT NULL)
        ),
        CONSTRAINT ck_investor_request_status CHECK (
          (kind = 'reservation' AND status IN (${list(RESERVATION_STATUSES)}))
          OR (kind = 'interest' AND status IN (${list(INTEREST_STATUSES)}))
        ),
        -- Only a request or a hold waits for a date; the expiry job reads it.
        CONSTRAINT ck_investor_request_expiry CHECK (
          (kind = 'reservation' AND status IN ('requested', 'held')) = (expires_at IS NOT NULL)
        )
      )`,
      `CREATE UNIQUE INDEX uq_investor_request_number ON investor_request (number)`,
      `CREATE INDEX ix_investor_request_investor ON investor_request (investor_id, created_at)`,
      `CREATE INDEX ix_investor_request_queue ON investor_request (status, created_at)`,
      `CREATE INDEX ix_investor_request_ppp_project ON investor_request (ppp_project_id)`,
      // The ledger: what the active reservations of a slot hold.
      `CREATE INDEX ix_investor_request_ledger ON investor_request (slot_id)
        WHERE kind = 'reservation' AND status IN ('requested', 'held', 'under_negotiation', 'contracted')`,
      `CREATE INDEX ix_investor_request_expiry ON investor_request (expires_at) WHERE expires_at IS NOT NULL`,

      `CREATE TABLE investor_request_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL
          CONSTRAINT fk_investor_request_event_request REFERENCES investor_request (id) ON DELETE CASCADE,
        actor_id uuid CONSTRAINT fk_investor_request_event_actor REFERENCES user_account (id) ON DELETE RESTRICT,
        action varchar(24) NOT NULL CONSTRAINT ck_investor_request_event_action CHECK (action IN (${list(ACTIONS)})),
        from_status varchar(24) CONSTRAINT ck_investor_request_event_from CHECK (from_status IN (${list(STATUSES)})),
        to_status varchar(24) NOT NULL CONSTRAINT ck_investor_request_event_to CHECK (to_status IN (${list(STATUSES)})),
        reason text CONSTRAINT ck_investor_request_event_reason CHECK (char_length(reason) <= 4000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX ix_investor_request_event_request ON investor_request_event (request_id, created_at)`,
      `CREATE FUNCTION investor_request_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'investor request events are immutable' USING ERRCODE = 'restrict_violation';
        END
      $$`,
      `CREATE TRIGGER tr_investor_request_event_immutable BEFORE UPDATE ON investor_request_event
        FOR EACH ROW EXECUTE FUNCTION investor_request_event_immutable()`,

      `CREATE TABLE investor_request_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL
          CONSTRAINT fk_investor_request_message_request REFERENCES investor_request (id) ON DELETE CASCADE,
        author_id uuid NOT NULL
          CONSTRAINT fk_investor_request_message_author REFERENCES user_account (id) ON DELETE RESTRICT,
        body text NOT NULL CONSTRAINT ck_investor_request_message_body CHECK (char_length(body) BETWEEN 1 AND 4000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX ix_investor_request_message_request ON investor_request_message (request_id, created_at)`,

      `ALTER TABLE sez_participant ADD COLUMN reservation_id uuid
        CONSTRAINT fk_sez_participant_reservation REFERENCES investor_request (id) ON DELETE SET NULL`,
      `CREATE UNIQUE INDEX uq_sez_participant_reservation ON sez_participant (reservation_id)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX uq_sez_participant_reservation');
    await queryRunner.query('ALTER TABLE sez_participant DROP COLUMN reservation_id');
    for (const table of ['investor_request_message', 'investor_request_event', 'investor_request']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query('DROP FUNCTION investor_request_event_immutable()');
  }
}
