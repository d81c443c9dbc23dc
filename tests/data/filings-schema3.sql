-- SPDX-License-Identifier: GPL-3.0-or-later
-- A filings.db as FilingStore left it at schema version 3 (before issue 8: no filed_by, no
-- rating), with one sent and purged filing and one waiting. tst_filingratings.cpp opens it
-- with the current FilingStore, which must upgrade it in place.
CREATE TABLE drafts (id TEXT PRIMARY KEY, procedure_code TEXT NOT NULL, form_version INTEGER NOT NULL, state TEXT NOT NULL, applicant_name TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX drafts_updated ON drafts(updated_at);
CREATE TABLE file_code_sequence (agency TEXT NOT NULL, day TEXT NOT NULL, last_number INTEGER NOT NULL, PRIMARY KEY (agency, day));
CREATE TABLE outbox (id TEXT PRIMARY KEY, file_code TEXT NOT NULL UNIQUE, agency_code TEXT NOT NULL, procedure_code TEXT NOT NULL, procedure_name TEXT NOT NULL, form_version INTEGER NOT NULL, applicant_name TEXT NOT NULL, applicant_id TEXT NOT NULL, answers TEXT NOT NULL, computed TEXT NOT NULL, delivery TEXT NOT NULL, received_at TEXT NOT NULL, appointment_date TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'queued', attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT, last_error TEXT, updated_at TEXT NOT NULL);
CREATE INDEX outbox_status ON outbox(status, next_attempt_at);
CREATE TABLE attachments (id TEXT PRIMARY KEY, draft_id TEXT REFERENCES drafts(id) ON DELETE CASCADE, filing_id TEXT REFERENCES outbox(id) ON DELETE CASCADE, name TEXT NOT NULL, mime_type TEXT NOT NULL, sha256 TEXT NOT NULL, data BLOB NOT NULL, created_at TEXT NOT NULL, CHECK ((draft_id IS NULL) <> (filing_id IS NULL)));
CREATE INDEX attachments_draft ON attachments(draft_id);
CREATE INDEX attachments_filing ON attachments(filing_id);
ALTER TABLE outbox ADD COLUMN fee TEXT NOT NULL DEFAULT '{"known":false}';
ALTER TABLE outbox ADD COLUMN fee_amount INTEGER;
ALTER TABLE outbox ADD COLUMN payment_state TEXT NOT NULL DEFAULT 'unpaid';
ALTER TABLE outbox ADD COLUMN payment_method TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN payment_confirmed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN payment_changed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN payment_waived_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN sent_at TEXT;
ALTER TABLE outbox ADD COLUMN portal_id TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN portal_reply TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN portal_status TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN portal_status_code INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN portal_history TEXT NOT NULL DEFAULT '[]';
ALTER TABLE outbox ADD COLUMN portal_checked_at TEXT;
ALTER TABLE outbox ADD COLUMN purged_at TEXT;
INSERT INTO file_code_sequence VALUES ('000.00.01.H01', '2026-11-23', 2);
INSERT INTO outbox (id, file_code, agency_code, procedure_code, procedure_name, form_version, applicant_name, applicant_id, answers, computed, delivery, received_at, appointment_date, status, attempts, updated_at, fee, fee_amount, payment_state, payment_method, payment_confirmed_by, payment_changed_at, sent_at, portal_id, portal_status, portal_status_code, portal_history, purged_at) VALUES ('6f1d2c1e-0000-4000-8000-000000000001', '000.00.01.H01-261123-0001', '000.00.01.H01', '2.000815', 'Chứng thực bản sao từ bản chính', 1, '', '', '{}', '{}', 'counter', '2026-11-23T09:30:00+07:00', '2026-11-23', 'sent', 1, '2026-11-23T02:31:00.000Z', '{"known":true,"total":14000}', 14000, 'paid', 'cash', 'Cán bộ A', '2026-11-23T02:35:00.000Z', '2026-11-23T02:31:00.000Z', 'P-000001', 'done', 10, '[{"at":"2026-11-23T03:00:00Z","status":"received","statusCode":2,"note":""},{"at":"2026-11-23T08:00:00Z","status":"done","statusCode":10,"note":""}]', '2026-11-23T02:31:00.000Z');
INSERT INTO outbox (id, file_code, agency_code, procedure_code, procedure_name, form_version, applicant_name, applicant_id, answers, computed, delivery, received_at, appointment_date, updated_at) VALUES ('6f1d2c1e-0000-4000-8000-000000000002', '000.00.01.H01-261123-0002', '000.00.01.H01', '1.001193', 'Đăng ký khai sinh', 1, 'Nguyễn Văn An', '001090012345', '{"relationship":"father"}', '{}', 'counter', '2026-11-23T10:15:00+07:00', '2026-11-23', '2026-11-23T03:15:00.000Z');
PRAGMA user_version = 3;
