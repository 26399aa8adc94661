package io.dunning.deploy;

import java.util.List;

/**
 * The launcher's command line: {@code [--demo] [--fresh]}, or one of the tools {@code send} and
 * {@code watch}, which talk to an already running launcher's Kafka.
 *
 * @param demo feed the demo portfolio once everything is up
 * @param fresh delete {@code .dunning} (PostgreSQL data) before starting
 * @param tool {@code send} or {@code watch}, or null to start the system
 */
record LaunchOptions(boolean demo, boolean fresh, String tool, boolean help) {

    static final String USAGE = """
            usage: java -jar deploy/target/dunning-local.jar [--demo] [--fresh]
                   java -jar deploy/target/dunning-local.jar send <ce_type> <file.json> [bootstrap-servers]
                   java -jar deploy/target/dunning-local.jar watch <topic> [bootstrap-servers]
                   java -jar deploy/target/dunning-local.jar bench --records N [--loans L] [--baseline] [--out DIR]
              --demo   feed a 50-loan demo portfolio through corebanking.loan-events.v1 once the services are up
              --fresh  start from empty databases (deletes .dunning/ in the current directory)
              send     produce one core-banking record to the running launcher's Kafka (localhost:19092)
              watch    print every record of a topic, e.g. dunning.case-events.v1, until Ctrl-C
              bench    the benchmark on free ports with its own fresh PostgreSQL and Kafka (deploy/bench/README.md)""";

    static LaunchOptions parse(String[] args) {
        List<String> list = List.of(args);
        if (!list.isEmpty() && (list.get(0).equals("send") || list.get(0).equals("watch"))) {
            return new LaunchOptions(false, false, list.get(0), false);
        }
        boolean help = false;
        for (String arg : list) {
            if (!arg.equals("--demo") && !arg.equals("--fresh")) {
                help = true;
            }
        }
        return new LaunchOptions(list.contains("--demo"), list.contains("--fresh"), null, help);
    }
}
