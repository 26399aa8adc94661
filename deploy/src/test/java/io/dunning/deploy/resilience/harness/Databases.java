package io.dunning.deploy.resilience.harness;

import java.util.Map;

/** The three service databases of a fleet, and the checks over all of them. */
public record Databases(Sql cases, Sql notice, Sql contact) {

    public static Databases of(Fleet fleet) {
        return new Databases(new Sql(fleet.jdbcUrl("dunning_case")), new Sql(fleet.jdbcUrl("dunning_notice")),
                new Sql(fleet.jdbcUrl("dunning_contact")));
    }

    public Map<String, String> fingerprint() throws Exception {
        return Fingerprint.of(cases, notice, contact);
    }

    /** Every invariant of issue 8 over the settled system: effects once, nothing duplicated, no step missed. */
    public Verdict check(Fleet fleet, Feed feed) throws Exception {
        Verdict verdict = new Verdict();
        new CaseChecks(cases).check(feed, verdict);
        new NoticeChecks(notice, contact, fleet.simulatorsUrl()).check(verdict);
        new OutboxChecks(new KafkaTopics(fleet.bootstrapServers())).check(cases, notice, verdict);
        return verdict;
    }
}
