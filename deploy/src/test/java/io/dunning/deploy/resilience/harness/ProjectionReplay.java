package io.dunning.deploy.resilience.harness;

import io.dunning.deploy.service.ServiceSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * contact-service's projections rebuilt from scratch: its instances stop, its consumer group is deleted, and a new
 * contact-service on an empty database ({@value #DATABASE}) consumes every topic from offset 0. The rebuilt tables must
 * have the checksums of the ones built under faults.
 */
public final class ProjectionReplay {

    public static final String DATABASE = "dunning_contact_replay";
    /** The group of contact-service's {@code @KafkaListener(id = "contact-projections")} (the id is the group). */
    public static final String GROUP = "contact-projections";
    public static final String INSTANCE = "contact-service#replay";

    private final Fleet fleet;

    public ProjectionReplay(Fleet fleet) {
        this.fleet = fleet;
    }

    /**
     * For a failed comparison: per table, up to 5 rows only in {@code built} and up to 5 only in the replay's
     * database (as row text), to see which column differs.
     */
    public Map<String, List<String>> differences() throws Exception {
        Sql built = new Sql(fleet.jdbcUrl("dunning_contact"));
        Sql replayed = new Sql(fleet.jdbcUrl(DATABASE));
        Map<String, List<String>> differences = new java.util.TreeMap<>();
        for (Map.Entry<String, String> table : Fingerprint.CONTACT_PROJECTIONS.entrySet()) {
            String rows = "SELECT r::text FROM (" + table.getValue() + ") r";
            List<String> left = built.column(rows);
            List<String> right = replayed.column(rows);
            List<String> onlyBuilt = left.stream().filter(row -> !right.contains(row)).limit(5).toList();
            List<String> onlyReplayed = right.stream().filter(row -> !left.contains(row)).limit(5).toList();
            if (!onlyBuilt.isEmpty() || !onlyReplayed.isEmpty()) {
                differences.put(table.getKey(), List.of("built only: " + onlyBuilt, "replayed only: " + onlyReplayed));
            }
        }
        return differences;
    }

    /** Returns the checksums of the replayed tables; the original ones are read before the replay starts. */
    public Map<String, String> replay(Duration timeout) throws Exception {
        for (String instance : fleet.instances()) {
            if (instance.startsWith("contact-service#")) {
                fleet.stop(instance);
            }
        }
        KafkaTopics kafka = new KafkaTopics(fleet.bootstrapServers());
        kafka.deleteGroup(GROUP);
        ServiceSpec original = fleet.spec("contact-service#1");
        fleet.add(INSTANCE, new ServiceSpec(original.name(), original.module(), FreePorts.next(), DATABASE,
                original.extraArgs()));
        fleet.start(List.of(INSTANCE));
        Sql replayed = new Sql(fleet.jdbcUrl(DATABASE));
        return Settle.until(fleet, timeout, Duration.ofSeconds(20),
                () -> Fingerprint.of(replayed, Fingerprint.CONTACT_PROJECTIONS));
    }
}
