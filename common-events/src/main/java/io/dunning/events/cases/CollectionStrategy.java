package io.dunning.events.cases;

/** The strategy a segment steers the case to (R7.1-R7.3). */
public enum CollectionStrategy {
    LEGAL_TRACK_AND_ASSET_PRESERVATION,
    PLANS_AND_EXTENSIONS,
    EDUCATION
}
