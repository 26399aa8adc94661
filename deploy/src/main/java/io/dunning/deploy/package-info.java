/** The local launcher: embedded PostgreSQL, in-process Kafka and the services in one JVM. */
package io.dunning.deploy;
