#include <motus/db/schema.hpp>

#include <array>

namespace motus::db {
namespace {

// Version 1: the records of DESIGN.md. Issued programs and the audit log are protected by
// triggers as well as by the store's code, so no tool or bug can quietly rewrite them.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE clinic (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  logo BLOB,
  logo_type TEXT NOT NULL DEFAULT ''
);

CREATE TABLE clinician (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0),
  credentials TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT ''
);

CREATE TABLE patient (
  id INTEGER PRIMARY KEY CHECK (id < 2097152),
  chart_number TEXT NOT NULL UNIQUE CHECK (length(chart_number) > 0),
  family_name TEXT NOT NULL CHECK (length(family_name) > 0),
  given_name TEXT NOT NULL DEFAULT '',
  birth_date TEXT NOT NULL DEFAULT ''
    CHECK (birth_date = '' OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- See patient_search below. Computed by SQLite, so no code path can leave it stale; unique
  -- since it ends in the id.
  search_key INTEGER GENERATED ALWAYS AS (
    (min(coalesce(unicode(lower(substr(family_name, 1, 1))), 0), 127) * 34359738368 +
     min(coalesce(unicode(lower(substr(family_name, 2, 1))), 0), 127) * 268435456 +
     min(coalesce(unicode(lower(substr(family_name, 3, 1))), 0), 127) * 2097152 +
     min(coalesce(unicode(lower(substr(family_name, 4, 1))), 0), 127) * 16384 +
     min(coalesce(unicode(lower(substr(family_name, 5, 1))), 0), 127) * 128 +
     min(coalesce(unicode(lower(substr(family_name, 6, 1))), 0), 127)) * 2097152 + id) STORED
);
CREATE INDEX patient_by_name ON patient (family_name COLLATE NOCASE, given_name COLLATE NOCASE, id);
-- Everything the search sorts and filters on, so a page is chosen without reading patient rows.
CREATE INDEX patient_by_search_key
  ON patient (search_key, family_name COLLATE NOCASE, given_name COLLATE NOCASE, archived);

-- Name and chart-number search: case- and accent-insensitive words, prefix-indexed. Its rowid is
-- patient.search_key: the first six characters of the family name (lowercased, 7 bits each, any
-- non-ASCII character counted as 127) above the patient id (below 2^21). So the index returns
-- matches already in family-name order by those six characters, and the first page of thousands
-- of matches is found without reading them all (Store::searchPatients).
CREATE VIRTUAL TABLE patient_search USING fts5(
  chart_number, family_name, given_name,
  content = 'patient', content_rowid = 'search_key',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
CREATE TRIGGER patient_search_insert AFTER INSERT ON patient BEGIN
  INSERT INTO patient_search (rowid, chart_number, family_name, given_name)
    VALUES (new.search_key, new.chart_number, new.family_name, new.given_name);
END;
CREATE TRIGGER patient_search_delete AFTER DELETE ON patient BEGIN
  INSERT INTO patient_search (patient_search, rowid, chart_number, family_name, given_name)
    VALUES ('delete', old.search_key, old.chart_number, old.family_name, old.given_name);
END;
CREATE TRIGGER patient_search_update AFTER UPDATE OF chart_number, family_name, given_name ON patient BEGIN
  INSERT INTO patient_search (patient_search, rowid, chart_number, family_name, given_name)
    VALUES ('delete', old.search_key, old.chart_number, old.family_name, old.given_name);
  INSERT INTO patient_search (rowid, chart_number, family_name, given_name)
    VALUES (new.search_key, new.chart_number, new.family_name, new.given_name);
END;

CREATE TABLE patient_condition (
  patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  code TEXT NOT NULL CHECK (length(code) > 0),
  note TEXT NOT NULL DEFAULT '',
  since TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (patient_id, code)
) WITHOUT ROWID;

-- Exercise content as it was handed out, stored once per distinct JSON text.
CREATE TABLE exercise_snapshot (
  sha256 TEXT PRIMARY KEY,
  json TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE program (
  id INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL REFERENCES patient (id),
  title TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'issued')),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  previous_id INTEGER REFERENCES program (id),
  clinician TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  issued_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX program_by_patient ON program (patient_id, id);

CREATE TABLE program_item (
  program_id INTEGER NOT NULL REFERENCES program (id),
  position INTEGER NOT NULL CHECK (position >= 1),
  exercise_id TEXT NOT NULL,
  plugin_id TEXT NOT NULL,
  plugin_version TEXT NOT NULL,
  snapshot_sha256 TEXT NOT NULL REFERENCES exercise_snapshot (sha256),
  dosage_json TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  override_reason TEXT NOT NULL DEFAULT '',
  override_conditions TEXT NOT NULL DEFAULT '',  -- condition codes, comma-separated
  PRIMARY KEY (program_id, position)
) WITHOUT ROWID;

-- A row here, inside the transaction that deletes a patient for good, is the only way past the
-- protection of issued programs.
CREATE TABLE record_purge (patient_id INTEGER PRIMARY KEY);

CREATE TRIGGER program_issued_is_final BEFORE UPDATE ON program WHEN old.status = 'issued' BEGIN
  SELECT RAISE(ABORT, 'issued programs never change');
END;
CREATE TRIGGER program_issued_is_kept BEFORE DELETE ON program
WHEN old.status = 'issued' AND NOT EXISTS (SELECT 1 FROM record_purge WHERE patient_id = old.patient_id) BEGIN
  SELECT RAISE(ABORT, 'issued programs are never deleted');
END;
CREATE TRIGGER program_item_insert_issued BEFORE INSERT ON program_item
WHEN (SELECT status FROM program WHERE id = new.program_id) = 'issued' BEGIN
  SELECT RAISE(ABORT, 'issued programs never change');
END;
CREATE TRIGGER program_item_update_issued BEFORE UPDATE ON program_item
WHEN (SELECT status FROM program WHERE id = old.program_id) = 'issued' BEGIN
  SELECT RAISE(ABORT, 'issued programs never change');
END;
CREATE TRIGGER program_item_delete_issued BEFORE DELETE ON program_item
WHEN (SELECT status FROM program WHERE id = old.program_id) = 'issued'
 AND NOT EXISTS (SELECT 1 FROM record_purge
                 WHERE patient_id = (SELECT patient_id FROM program WHERE id = old.program_id)) BEGIN
  SELECT RAISE(ABORT, 'issued programs never change');
END;

-- The handout choices of a program (options and education topics as chosen), for reprints.
CREATE TABLE handout_settings (
  program_id INTEGER PRIMARY KEY REFERENCES program (id),
  settings_json TEXT NOT NULL,
  saved_at TEXT NOT NULL
);

CREATE TABLE template (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE template_item (
  template_id INTEGER NOT NULL REFERENCES template (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 1),
  exercise_id TEXT NOT NULL,
  plugin_id TEXT NOT NULL,
  plugin_version TEXT NOT NULL,
  snapshot_sha256 TEXT NOT NULL REFERENCES exercise_snapshot (sha256),
  dosage_json TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (template_id, position)
) WITHOUT ROWID;

-- Append-only and hash-chained: each row's hash covers its fields and the previous row's hash.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  clinician TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'issue', 'export', 'print')),
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  summary TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
)sql";

// Version 2: an issued program's audit row holds its fingerprint, looked up whenever the program
// is read, so the log is indexed by what each row is about.
constexpr std::string_view kVersion2 = R"sql(
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, action, id);

-- From this audit row on, every issue row carries the program's fingerprint: one without it is
-- not an old program but a forged row. Set once, here.
CREATE TABLE fingerprint_era (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  first_audit_id INTEGER NOT NULL
);
INSERT INTO fingerprint_era (id, first_audit_id) SELECT 1, coalesce(max(id), 0) + 1 FROM audit_log;
CREATE TRIGGER fingerprint_era_is_fixed BEFORE UPDATE ON fingerprint_era BEGIN
  SELECT RAISE(ABORT, 'the fingerprint era never changes');
END;
CREATE TRIGGER fingerprint_era_is_kept BEFORE DELETE ON fingerprint_era BEGIN
  SELECT RAISE(ABORT, 'the fingerprint era never changes');
END;

-- A program is born a draft: no row may arrive issued, nor replace an issued one (INSERT OR
-- REPLACE deletes without firing the delete triggers).
CREATE TRIGGER program_starts_as_draft BEFORE INSERT ON program
WHEN new.status <> 'draft' OR EXISTS (SELECT 1 FROM program WHERE id = new.id AND status = 'issued') BEGIN
  SELECT RAISE(ABORT, 'issued programs never change');
END;
)sql";

// Version 3: a Caution rule's advice for the patient. A draft keeps which advice the therapist
// left out; an issued program keeps the advice it printed, settled when it was issued.
constexpr std::string_view kVersion3 = R"sql(
ALTER TABLE program_item ADD COLUMN advice_left_out TEXT NOT NULL DEFAULT '';  -- condition codes, comma-separated
ALTER TABLE program_item ADD COLUMN patient_advice TEXT NOT NULL DEFAULT '[]';  -- a JSON list of texts
)sql";

// Version 4: a program imported from a Motus archive keeps the ids it had in the database that
// issued it ("program,patient,previous"), for its fingerprint covers them and is printed on the
// handout: so the reprint is the sheet the patient was given. Empty for a program issued here.
constexpr std::string_view kVersion4 = R"sql(
ALTER TABLE program ADD COLUMN issued_as TEXT NOT NULL DEFAULT '';
)sql";

// Version 5: chart numbers that differ only in capital letters ("a-1001", "A-1001") are one
// chart, so a second patient under either is refused (ASCII letters, as SQLite's NOCASE folds
// them). Twins saved before are kept as they are: nothing is merged behind the therapist's back;
// they can still be edited, and only a new twin is refused.
constexpr std::string_view kVersion5 = R"sql(
CREATE INDEX patient_by_chart_number_nocase ON patient (chart_number COLLATE NOCASE);
CREATE TRIGGER patient_chart_number_insert BEFORE INSERT ON patient
WHEN EXISTS (SELECT 1 FROM patient WHERE chart_number = new.chart_number COLLATE NOCASE) BEGIN
  SELECT RAISE(ABORT, 'chart number belongs to another patient');
END;
CREATE TRIGGER patient_chart_number_update BEFORE UPDATE OF chart_number ON patient
WHEN new.chart_number <> old.chart_number
 AND EXISTS (SELECT 1 FROM patient WHERE chart_number = new.chart_number COLLATE NOCASE AND id <> old.id) BEGIN
  SELECT RAISE(ABORT, 'chart number belongs to another patient');
END;
)sql";

constexpr std::array kMigrations{
    Migration{1, "patient records, programs, templates and the audit log", kVersion1},
    Migration{2, "the audit log indexed by what each row is about", kVersion2},
    Migration{3, "the advice for the patient printed with each exercise", kVersion3},
    Migration{4, "imported programs keep the ids their fingerprint covers", kVersion4},
    Migration{5, "chart numbers that differ only in capital letters are one chart", kVersion5},
};

constexpr std::array<std::string_view, 14> kRequiredTables{
    "clinic",    "clinician",      "patient",          "patient_search", "patient_condition", "exercise_snapshot",
    "program",   "program_item",   "handout_settings", "record_purge",   "template",          "template_item",
    "audit_log", "fingerprint_era"};

}  // namespace

std::span<const Migration> motusMigrations() { return kMigrations; }

std::span<const std::string_view> requiredTables() { return kRequiredTables; }

int latestSchemaVersion() { return kMigrations.back().version; }

}  // namespace motus::db
