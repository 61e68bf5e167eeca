import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The SQL list of allowed values for a CHECK constraint. */
const oneOf = (column: string, values: string[]): string => `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;

/**
 * Full-text columns generated from a table's localized jsonb texts: `search_vector` stems
 * Russian and English and keeps Kazakh (no stemmer exists for it) and codes as written;
 * `search_text` is the lower-cased texts in every language, for substring matches through a
 * trigram index (partial words, Kazakh inflections).
 */
function searchColumns(table: string, weighted: { column: string; weight: 'A' | 'B' | 'C' }[], plain: string[] = []): string[] {
  const vector = [
    ...weighted.flatMap(({ column, weight }) => [
      `setweight(to_tsvector('russian', coalesce(${column}->>'ru', '')), '${weight}')`,
      `setweight(to_tsvector('english', coalesce(${column}->>'en', '')), '${weight}')`,
      `setweight(to_tsvector('simple', coalesce(${column}->>'kk', '')), '${weight}')`,
    ]),
    ...plain.map((column) => `setweight(to_tsvector('simple', coalesce(${column}, '')), 'A')`),
  ].join(' || ');
  const text = [
    ...weighted.flatMap(({ column }) => ['kk', 'ru', 'en'].map((lang) => `coalesce(${column}->>'${lang}', '')`)),
    ...plain.map((column) => `coalesce(${column}, '')`),
  ].join(` || ' ' || `);
  return [
    `ALTER TABLE ${table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (${vector}) STORED`,
    `ALTER TABLE ${table} ADD COLUMN search_text text GENERATED ALWAYS AS (lower(${text})) STORED`,
    `CREATE INDEX ix_${table}_search_vector ON ${table} USING gin (search_vector)`,
    `CREATE INDEX ix_${table}_search_text ON ${table} USING gin (search_text gin_trgm_ops)`,
  ];
}

export class CreateCatalogues1795620568059 implements MigrationInterface {
  name = 'CreateCatalogues1795620568059';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE EXTENSION IF NOT EXISTS pg_trgm`,

      `CREATE TABLE district (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(64) NOT NULL,
        kato varchar(12) NOT NULL,
        kind varchar(16) NOT NULL CONSTRAINT ck_district_kind CHECK (${oneOf('kind', ['city', 'district'])}),
        name jsonb NOT NULL,
        admin_centre jsonb NOT NULL,
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        source jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE UNIQUE INDEX uq_district_code ON district (code)`,

      `CREATE TABLE sector (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(8) NOT NULL,
        section char(1) NOT NULL,
        level varchar(16) NOT NULL CONSTRAINT ck_sector_level CHECK (${oneOf('level', ['section', 'division'])}),
        parent_code varchar(8),
        name jsonb NOT NULL,
        priority boolean NOT NULL DEFAULT false
      )`,
      `CREATE UNIQUE INDEX uq_sector_code ON sector (code)`,

      `CREATE TABLE opportunity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(64) NOT NULL,
        name jsonb NOT NULL,
        description jsonb NOT NULL,
        hs_code varchar(10) NOT NULL,
        sector_id uuid NOT NULL CONSTRAINT fk_opportunity_sector REFERENCES sector (id) ON DELETE RESTRICT,
        import_volume_amount numeric(16, 2) NOT NULL CONSTRAINT ck_opportunity_import_volume CHECK (import_volume_amount >= 0),
        import_volume_unit varchar(24) NOT NULL,
        import_value_usd numeric(16, 2) NOT NULL CONSTRAINT ck_opportunity_import_value CHECK (import_value_usd >= 0),
        source_countries varchar(2)[] NOT NULL DEFAULT '{}',
        local_production_share numeric(5, 2) NOT NULL
          CONSTRAINT ck_opportunity_local_share CHECK (local_production_share BETWEEN 0 AND 100),
        investment_min_kzt bigint NOT NULL,
        investment_max_kzt bigint NOT NULL,
        jobs integer NOT NULL CONSTRAINT ck_opportunity_jobs CHECK (jobs >= 0),
        status varchar(24) NOT NULL
          CONSTRAINT ck_opportunity_status CHECK (${oneOf('status', ['open', 'investor_found', 'in_production', 'archived'])}),
        district_id uuid CONSTRAINT fk_opportunity_district REFERENCES district (id) ON DELETE RESTRICT,
        lat double precision,
        lon double precision,
        potential_score numeric(5, 1) NOT NULL,
        demo boolean NOT NULL,
        source jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_opportunity_investment CHECK (0 <= investment_min_kzt AND investment_min_kzt <= investment_max_kzt),
        CONSTRAINT ck_opportunity_location CHECK ((lat IS NULL) = (lon IS NULL))
      )`,
      `CREATE UNIQUE INDEX uq_opportunity_code ON opportunity (code)`,
      `CREATE INDEX ix_opportunity_sector ON opportunity (sector_id)`,
      `CREATE INDEX ix_opportunity_status ON opportunity (status)`,
      `CREATE INDEX ix_opportunity_district ON opportunity (district_id)`,
      `CREATE INDEX ix_opportunity_potential_score ON opportunity (potential_score)`,
      ...searchColumns('opportunity', [
        { column: 'name', weight: 'A' },
        { column: 'description', weight: 'B' },
      ], ['hs_code']),

      `CREATE TABLE opportunity_district_fit (
        opportunity_id uuid NOT NULL
          CONSTRAINT fk_opportunity_district_fit_opportunity REFERENCES opportunity (id) ON DELETE CASCADE,
        district_id uuid NOT NULL
          CONSTRAINT fk_opportunity_district_fit_district REFERENCES district (id) ON DELETE RESTRICT,
        reasons varchar(24)[] NOT NULL,
        CONSTRAINT pk_opportunity_district_fit PRIMARY KEY (opportunity_id, district_id)
      )`,
      `CREATE INDEX ix_opportunity_district_fit_district ON opportunity_district_fit (district_id)`,

      `CREATE TABLE ppp_project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(64) NOT NULL,
        name jsonb NOT NULL,
        description jsonb NOT NULL,
        sector_id uuid NOT NULL CONSTRAINT fk_ppp_project_sector REFERENCES sector (id) ON DELETE RESTRICT,
        form varchar(32) NOT NULL CONSTRAINT ck_ppp_project_form
          CHECK (${oneOf('form', ['concession', 'trust_management', 'service_contract', 'lease', 'life_cycle_contract'])}),
        stage varchar(16) NOT NULL CONSTRAINT ck_ppp_project_stage
          CHECK (${oneOf('stage', ['idea', 'concept', 'tender', 'contract', 'operation'])}),
        need varchar(32) NOT NULL,
        capex_kzt bigint NOT NULL CONSTRAINT ck_ppp_project_capex CHECK (capex_kzt >= 0),
        term_years integer NOT NULL CONSTRAINT ck_ppp_project_term CHECK (term_years > 0),
        public_partner jsonb NOT NULL,
        tender_deadline date,
        district_id uuid CONSTRAINT fk_ppp_project_district REFERENCES district (id) ON DELETE RESTRICT,
        lat double precision,
        lon double precision,
        demo boolean NOT NULL,
        source jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_ppp_project_location CHECK ((lat IS NULL) = (lon IS NULL))
      )`,
      `CREATE UNIQUE INDEX uq_ppp_project_code ON ppp_project (code)`,
      `CREATE INDEX ix_ppp_project_sector ON ppp_project (sector_id)`,
      `CREATE INDEX ix_ppp_project_stage ON ppp_project (stage)`,
      `CREATE INDEX ix_ppp_project_district ON ppp_project (district_id)`,
      ...searchColumns('ppp_project', [
        { column: 'name', weight: 'A' },
        { column: 'description', weight: 'B' },
        { column: 'public_partner', weight: 'C' },
      ]),

      `CREATE TABLE programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(64) NOT NULL,
        name jsonb NOT NULL,
        description jsonb NOT NULL,
        operator jsonb NOT NULL,
        instrument varchar(32) NOT NULL CONSTRAINT ck_programme_instrument
          CHECK (${oneOf('instrument', ['interest_subsidy', 'loan_guarantee', 'grant', 'microcredit', 'training', 'service_support'])}),
        demo boolean NOT NULL,
        source jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE UNIQUE INDEX uq_programme_code ON programme (code)`,
      ...searchColumns('programme', [
        { column: 'name', weight: 'A' },
        { column: 'description', weight: 'B' },
        { column: 'operator', weight: 'C' },
      ]),

      `CREATE TABLE programme_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL CONSTRAINT fk_programme_version_programme REFERENCES programme (id) ON DELETE CASCADE,
        code varchar(64) NOT NULL,
        label jsonb NOT NULL,
        legal_act jsonb NOT NULL,
        effective_from date NOT NULL,
        effective_to date,
        status varchar(16) NOT NULL CONSTRAINT ck_programme_version_status
          CHECK (${oneOf('status', ['in_force', 'expired', 'annulled'])}),
        accepts_applications boolean NOT NULL,
        application_channel varchar(16) NOT NULL CONSTRAINT ck_programme_version_channel
          CHECK (${oneOf('application_channel', ['portal', 'egov', 'operator'])}),
        min_amount_kzt bigint,
        max_amount_kzt bigint,
        rate jsonb,
        term_months integer,
        application_window jsonb,
        required_documents jsonb NOT NULL,
        obligations jsonb NOT NULL,
        decision_deadline_working_days integer NOT NULL CONSTRAINT ck_programme_version_deadline
          CHECK (decision_deadline_working_days > 0),
        eligibility jsonb NOT NULL CONSTRAINT ck_programme_version_eligibility CHECK (jsonb_typeof(eligibility) = 'array'),
        allowed_sector_codes varchar(8)[] NOT NULL DEFAULT '{}',
        excluded_sector_codes varchar(8)[] NOT NULL DEFAULT '{}',
        demo boolean NOT NULL,
        source jsonb,
        CONSTRAINT ck_programme_version_amounts CHECK (min_amount_kzt IS NULL OR max_amount_kzt IS NULL OR min_amount_kzt <= max_amount_kzt),
        CONSTRAINT ck_programme_version_dates CHECK (effective_to IS NULL OR effective_from <= effective_to),
        CONSTRAINT ck_programme_version_applications CHECK (NOT accepts_applications OR status = 'in_force')
      )`,
      `CREATE UNIQUE INDEX uq_programme_version_code ON programme_version (programme_id, code)`,
      // A programme has at most one version in force.
      `CREATE UNIQUE INDEX uq_programme_version_in_force ON programme_version (programme_id) WHERE status = 'in_force'`,

      `CREATE TABLE sez (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(64) NOT NULL,
        name jsonb NOT NULL,
        profile jsonb NOT NULL,
        area_ha numeric(10, 2) NOT NULL,
        established_on date NOT NULL,
        target_industry_codes varchar(8)[] NOT NULL DEFAULT '{}',
        constraints jsonb NOT NULL,
        district_id uuid CONSTRAINT fk_sez_district REFERENCES district (id) ON DELETE RESTRICT,
        lat double precision,
        lon double precision,
        demo boolean NOT NULL,
        source jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE UNIQUE INDEX uq_sez_code ON sez (code)`,
      ...searchColumns('sez', [
        { column: 'name', weight: 'A' },
        { column: 'profile', weight: 'B' },
      ]),

      `CREATE TABLE sez_participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sez_id uuid NOT NULL CONSTRAINT fk_sez_participant_sez REFERENCES sez (id) ON DELETE CASCADE,
        code varchar(64) NOT NULL,
        name jsonb NOT NULL,
        product jsonb NOT NULL,
        sector_id uuid NOT NULL CONSTRAINT fk_sez_participant_sector REFERENCES sector (id) ON DELETE RESTRICT,
        operating boolean NOT NULL,
        demo boolean NOT NULL,
        source jsonb
      )`,
      `CREATE UNIQUE INDEX uq_sez_participant_code ON sez_participant (sez_id, code)`,

      `CREATE TABLE sez_slot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(64) NOT NULL,
        sez_id uuid NOT NULL CONSTRAINT fk_sez_slot_sez REFERENCES sez (id) ON DELETE CASCADE,
        name jsonb NOT NULL,
        site jsonb NOT NULL,
        area_ha numeric(10, 2) NOT NULL CONSTRAINT ck_sez_slot_area CHECK (area_ha > 0),
        target_industry_codes varchar(8)[] NOT NULL DEFAULT '{}',
        power_max_mw numeric(12, 2) NOT NULL CONSTRAINT ck_sez_slot_power CHECK (power_max_mw >= 0),
        water_max_m3_per_day numeric(12, 2) NOT NULL CONSTRAINT ck_sez_slot_water CHECK (water_max_m3_per_day >= 0),
        sewerage_max_m3_per_day numeric(12, 2) NOT NULL CONSTRAINT ck_sez_slot_sewerage CHECK (sewerage_max_m3_per_day >= 0),
        heat_max_gcal_per_hour numeric(12, 2) NOT NULL CONSTRAINT ck_sez_slot_heat CHECK (heat_max_gcal_per_hour >= 0),
        gas_max_m3_per_hour numeric(12, 2) NOT NULL CONSTRAINT ck_sez_slot_gas CHECK (gas_max_m3_per_hour >= 0),
        rail_spur boolean NOT NULL,
        distance_to_rail_km numeric(8, 2) NOT NULL,
        distance_to_road_km numeric(8, 2) NOT NULL,
        site_type varchar(16) NOT NULL CONSTRAINT ck_sez_slot_site_type CHECK (${oneOf('site_type', ['greenfield', 'brownfield'])}),
        deal_forms varchar(16)[] NOT NULL,
        lease_rate_kzt_per_ha_year bigint,
        price_kzt bigint,
        cadastral_number varchar(32) NOT NULL,
        zoning jsonb NOT NULL,
        status varchar(24) NOT NULL CONSTRAINT ck_sez_slot_status
          CHECK (${oneOf('status', ['available', 'reserved', 'under_negotiation', 'occupied'])}),
        district_id uuid CONSTRAINT fk_sez_slot_district REFERENCES district (id) ON DELETE RESTRICT,
        lat double precision,
        lon double precision,
        demo boolean NOT NULL,
        source jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_sez_slot_location CHECK ((lat IS NULL) = (lon IS NULL))
      )`,
      `CREATE UNIQUE INDEX uq_sez_slot_code ON sez_slot (code)`,
      `CREATE INDEX ix_sez_slot_sez ON sez_slot (sez_id)`,
      `CREATE INDEX ix_sez_slot_status ON sez_slot (status)`,
      `CREATE INDEX ix_sez_slot_district ON sez_slot (district_id)`,
      ...searchColumns('sez_slot', [
        { column: 'name', weight: 'A' },
        { column: 'site', weight: 'B' },
        { column: 'zoning', weight: 'C' },
      ], ['code', 'cadastral_number']),
    ];
    for (const statement of statements) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'sez_slot',
      'sez_participant',
      'sez',
      'programme_version',
      'programme',
      'ppp_project',
      'opportunity_district_fit',
      'opportunity',
      'sector',
      'district',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    // pg_trgm stays: other objects of the database may use it.
  }
}
