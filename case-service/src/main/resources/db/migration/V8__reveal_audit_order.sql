-- The audit trail lists reveals newest first; two reveals in the same instant (a stopped clock, or the same
-- microsecond) are ordered by when they were written.
ALTER TABLE reveal_audit ADD COLUMN written_seq BIGSERIAL;
