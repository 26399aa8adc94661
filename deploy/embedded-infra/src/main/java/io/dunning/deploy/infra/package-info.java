/** The infrastructure the services need locally: embedded PostgreSQL and an in-process KRaft Kafka broker. */
package io.dunning.deploy.infra;
