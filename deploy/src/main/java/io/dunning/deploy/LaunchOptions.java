package io.dunning.deploy;

import io.dunning.deploy.demo.DemoFeed;
import java.util.List;

/**
 * The launcher's command line: {@code [--demo [--loans N]] [--fresh] [--verbose]}, or one of the tools {@code send} and
 * {@code watch}, which talk to an already running launcher's Kafka.
 *
 * @param demo feed the demo portfolio once everything is up
 * @param demoLoans how many loans the demo portfolio has
 * @param fresh delete {@code .dunning} (PostgreSQL data) before starting
 * @param verbose copy the services' output to the console too, besides their log files
 * @param tool {@code send} or {@code watch}, or null to start the system
 */
record LaunchOptions(boolean demo, int demoLoans, boolean fresh, boolean verbose, String tool, boolean help) {

    static final String USAGE = """
            usage: java -jar deploy/target/dunning-local.jar [--demo [--loans N]] [--fresh] [--verbose]
                   java -jar deploy/target/dunning-local.jar send <ce_type> <file.json> [bootstrap-servers]
                   java -jar deploy/target/dunning-local.jar watch <topic> [bootstrap-servers]
                   java -jar deploy/target/dunning-local.jar bench --records N [--loans L] [--baseline] [--out DIR]
              --demo   once the services are up, feed a portfolio's 120 simulated days through corebanking.loan-events.v1
                       with staff actions over REST, a line a day, and a summary from the reports at the end
              --loans  the demo portfolio's size (default %d, about 5 minutes today)
              --fresh  start from empty databases (deletes .dunning/ in the current directory)
              --verbose  print the services' output here too (always in .dunning/logs/<service>.log)
              send     produce one core-banking record to the running launcher's Kafka (localhost:19092)
              watch    print every record of a topic, e.g. dunning.case-events.v1, until Ctrl-C
              bench    the benchmark on free ports with its own fresh PostgreSQL and Kafka (deploy/bench/README.md)"""
            .formatted(DemoFeed.DEFAULT_LOANS);

    static LaunchOptions parse(String[] args) {
        List<String> list = List.of(args);
        if (!list.isEmpty() && (list.get(0).equals("send") || list.get(0).equals("watch"))) {
            return new LaunchOptions(false, 0, false, false, list.get(0), false);
        }
        boolean help = false;
        int loans = DemoFeed.DEFAULT_LOANS;
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (arg.equals("--loans") && i + 1 < list.size() && list.get(i + 1).matches("[1-9][0-9]{0,4}")) {
                loans = Integer.parseInt(list.get(++i));
            } else if (!List.of("--demo", "--fresh", "--verbose").contains(arg)) {
                help = true;
            }
        }
        return new LaunchOptions(list.contains("--demo"), loans, list.contains("--fresh"), list.contains("--verbose"),
                null, help);
    }
}
