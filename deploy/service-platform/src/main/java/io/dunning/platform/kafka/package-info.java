/** The services' shared Kafka listener support: a poll applied in few transactions, exactly once per record. */
package io.dunning.platform.kafka;
