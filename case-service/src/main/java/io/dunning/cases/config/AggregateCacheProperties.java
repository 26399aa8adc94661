package io.dunning.cases.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The CollectionCase aggregate cache ({@code dunning.case.aggregate-cache.*}).
 *
 * @param maxEntries aggregates kept in heap, least recently used out first; 0 turns caching off (every command
 *                   re-reads the case's events from the store, Axon's default)
 */
@ConfigurationProperties("dunning.case.aggregate-cache")
public record AggregateCacheProperties(@DefaultValue("20000") long maxEntries) {
}
