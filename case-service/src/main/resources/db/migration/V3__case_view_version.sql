-- The aggregate version of each case (the sequence number of its last event) for the ETag of GET /cases/{caseId};
-- clients send it back in If-Match with every command (optimistic concurrency, DESIGN.md 7).
ALTER TABLE case_view ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
