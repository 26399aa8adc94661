package io.dunning.deploy.resilience.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded list of faults: {@code kills} SIGKILLs of randomly chosen service instances (every service at least
 * {@code minKillsPerService} times), one stop/start of PostgreSQL and one of the broker, in random order, each after a
 * random pause. The same seed gives the same schedule, so a failing run can be repeated.
 */
public final class ChaosSchedule {

    /** What one fault does. */
    public enum Kind { KILL, POSTGRES_RESTART, KAFKA_RESTART }

    /**
     * One fault.
     *
     * @param kind       what is injected
     * @param target     the instance killed ({@link Kind#KILL}), else {@code null}
     * @param pauseMillis how long to wait before injecting it
     * @param downMillis  how long the target stays down before it is started again
     */
    public record Fault(Kind kind, String target, long pauseMillis, long downMillis) {

        @Override
        public String toString() {
            return kind == Kind.KILL ? "kill -9 " + target : kind.name().toLowerCase().replace('_', ' ');
        }
    }

    private final List<Fault> faults;

    private ChaosSchedule(List<Fault> faults) {
        this.faults = List.copyOf(faults);
    }

    /**
     * @param instancesByService the instances that may be killed, per service (e.g. case-service -> [case-service#1])
     * @param maxPauseMillis     the longest random pause before a fault
     */
    public static ChaosSchedule of(long seed, int kills, int minKillsPerService,
                                   List<List<String>> instancesByService, long maxPauseMillis) {
        if (kills < minKillsPerService * instancesByService.size()) {
            throw new IllegalArgumentException(kills + " kills cannot kill each of " + instancesByService.size()
                    + " services " + minKillsPerService + " times");
        }
        Random random = new Random(seed);
        List<String> targets = new ArrayList<>();
        for (List<String> instances : instancesByService) {
            for (int i = 0; i < minKillsPerService; i++) {
                targets.add(instances.get(random.nextInt(instances.size())));
            }
        }
        while (targets.size() < kills) {
            List<String> instances = instancesByService.get(random.nextInt(instancesByService.size()));
            targets.add(instances.get(random.nextInt(instances.size())));
        }
        List<Fault> faults = new ArrayList<>();
        for (String target : targets) {
            faults.add(new Fault(Kind.KILL, target, 0, 0));
        }
        faults.add(new Fault(Kind.POSTGRES_RESTART, null, 0, 0));
        faults.add(new Fault(Kind.KAFKA_RESTART, null, 0, 0));
        Collections.shuffle(faults, random);
        return new ChaosSchedule(faults.stream().map(f -> new Fault(f.kind(), f.target(),
                (long) (random.nextDouble() * maxPauseMillis), 1_000 + random.nextInt(4_000))).toList());
    }

    public List<Fault> faults() {
        return faults;
    }

    public long count(Kind kind) {
        return faults.stream().filter(f -> f.kind() == kind).count();
    }

    /** Kills per instance. */
    public java.util.Map<String, Long> killsByTarget() {
        return faults.stream().filter(f -> f.kind() == Kind.KILL).collect(java.util.stream.Collectors.groupingBy(
                Fault::target, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }
}
