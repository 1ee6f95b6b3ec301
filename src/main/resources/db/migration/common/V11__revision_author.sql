-- Change history: who made each revision (an accounts id, no foreign key across modules;
-- null for imports, demo content and other changes without a signed-in user). Numbering
-- is unchanged: identity on H2, the sequence revinfo_seq on PostgreSQL (see V5).
ALTER TABLE revinfo ADD COLUMN user_id BIGINT;
