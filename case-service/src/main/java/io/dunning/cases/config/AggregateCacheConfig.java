package io.dunning.cases.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cache of CollectionCase aggregates ({@code @Aggregate(cache = "collectionCaseCache")}): a command on a case
 * handled before finds it in heap instead of re-reading its events. Axon's caching repository keeps it safe: the
 * aggregate is still locked per command, and a unit of work that rolls back evicts it, so a failed command never
 * leaves a half-applied aggregate behind; nor does a caller's transaction that rolls back after the command
 * ({@link EvictCachedCasesOnRollback}). Only for a single instance of case-service (the local launcher, the
 * benchmark): with several replicas a case cached on one may be stale after another changed it (its append would
 * fail on the sequence number and be retried, but a rule check on the stale state could reject a valid command), so
 * the Kubernetes deployment (two replicas) sets {@code max-entries: 0}, which is {@link NoCache}.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCacheConfig {

    @Bean
    Cache collectionCaseCache(AggregateCacheProperties properties) {
        return properties.maxEntries() <= 0 ? NoCache.INSTANCE : new CaffeineAggregateCache(properties.maxEntries());
    }

    /** Registered on the command bus by Axon's InterceptorAutoConfiguration. */
    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> evictCachedCasesOnRollback(Cache collectionCaseCache) {
        return new EvictCachedCasesOnRollback(collectionCaseCache);
    }
}
