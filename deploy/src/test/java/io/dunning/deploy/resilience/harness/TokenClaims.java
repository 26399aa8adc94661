package io.dunning.deploy.resilience.harness;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Who holds which segment of the Axon tracking processors of one service: {@code token_entry.owner} is the claiming
 * JVM's {@code pid@host} (Axon's default node id), so an owner is matched to a fleet instance by its process id.
 */
public final class TokenClaims {

    private final Sql database;
    private final List<String> processors;

    public TokenClaims(Sql database, List<String> processors) {
        this.database = database;
        this.processors = List.copyOf(processors);
    }

    /** Per processor, the owning process id of each segment in segment order (-1 = unclaimed). */
    public Map<String, List<Long>> owners() throws Exception {
        Map<String, List<Long>> owners = new TreeMap<>();
        for (String processor : processors) {
            owners.put(processor, database.column("SELECT owner FROM token_entry WHERE processor_name = ?"
                    + " ORDER BY segment", processor).stream().map(TokenClaims::pid).toList());
        }
        return owners;
    }

    /** Waits until every processor has at least two segments and each of the given processes owns one of them. */
    public Map<String, List<Long>> awaitShared(Set<Long> pids, Duration timeout) throws Exception {
        return await(owners -> shared(owners, pids), timeout);
    }

    /** Waits until the given process owns every segment of every processor. */
    public Map<String, List<Long>> awaitAllOwnedBy(long pid, Duration timeout) throws Exception {
        return await(owners -> allOwnedBy(owners, pid), timeout);
    }

    /** The last owners seen: the caller asserts on them, so a timeout shows what was there instead. */
    private Map<String, List<Long>> await(Predicate<Map<String, List<Long>>> done, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, List<Long>> owners = owners();
        while (!done.test(owners) && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            owners = owners();
        }
        return owners;
    }

    /** Whether every processor's segments satisfy the same condition as {@link #awaitShared}. */
    public static boolean shared(Map<String, List<Long>> owners, Set<Long> pids) {
        return !owners.isEmpty() && owners.values().stream()
                .allMatch(segments -> segments.size() >= 2 && Set.copyOf(segments).equals(pids));
    }

    /** Whether one process owns every segment of every processor. */
    public static boolean allOwnedBy(Map<String, List<Long>> owners, long pid) {
        return !owners.isEmpty() && owners.values().stream()
                .allMatch(segments -> !segments.isEmpty() && segments.stream().allMatch(owner -> owner == pid));
    }

    private static long pid(String owner) {
        return owner == null ? -1 : Long.parseLong(owner.substring(0, owner.indexOf('@')));
    }

    /** For log lines: processor -> owners. */
    public static String describe(Map<String, List<Long>> owners) {
        return owners.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
