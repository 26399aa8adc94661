/**
 * The local launcher: embedded PostgreSQL and an in-process Kafka broker in this JVM, each service as a
 * child JVM (docs/adr/0004-local-launcher-runs-services-as-processes.md), and an optional demo feed.
 */
package io.dunning.deploy;
