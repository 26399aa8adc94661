package io.dunning.cases.query;

/** A case as read with its aggregate version (the sequence number of its last projected event): the ETag. */
public record VersionedCaseView(CaseView view, long version) {
}
