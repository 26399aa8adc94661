package io.dunning.deploy.resilience.harness;

import io.dunning.deploy.feed.CoreBankingProducer;
import java.util.List;
import java.util.function.Consumer;

/**
 * Feeds the records in as many slices as there are faults plus one, and injects one fault of the schedule after each
 * slice, while the services still work through the backlog: a killed instance is started again after its down time
 * and awaited UP, a stopped PostgreSQL or broker started again on the same port and data. Bounded: one pass over the
 * schedule.
 */
public final class ChaosRun {

    private final Fleet fleet;
    private final Consumer<String> log;

    public ChaosRun(Fleet fleet, Consumer<String> log) {
        this.fleet = fleet;
        this.log = log;
    }

    public void run(Feed feed, ChaosSchedule schedule) throws Exception {
        List<ChaosSchedule.Fault> faults = schedule.faults();
        int slice = (feed.size() + faults.size()) / (faults.size() + 1);
        try (CoreBankingProducer producer = new CoreBankingProducer(fleet.bootstrapServers())) {
            for (int i = 0; i < faults.size(); i++) {
                feed.sendNext(producer, slice);
                inject(faults.get(i), i + 1, faults.size());
            }
            feed.sendNext(producer, feed.size());
        }
        log.accept("all " + feed.size() + " records sent, " + faults.size() + " faults injected");
    }

    private void inject(ChaosSchedule.Fault fault, int number, int of) throws Exception {
        Thread.sleep(fault.pauseMillis());
        log.accept("fault " + number + "/" + of + ": " + fault);
        switch (fault.kind()) {
            case KILL -> {
                fleet.kill(fault.target());
                Thread.sleep(fault.downMillis());
                fleet.start(List.of(fault.target()));
            }
            case POSTGRES_RESTART -> {
                fleet.stopPostgres();
                Thread.sleep(fault.downMillis());
                fleet.startPostgres();
            }
            case KAFKA_RESTART -> {
                fleet.stopKafka();
                Thread.sleep(fault.downMillis());
                fleet.startKafka();
            }
        }
        log.accept("fault " + number + "/" + of + " over: " + fault + " is back");
    }
}
