package io.dunning.cases.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the aggregate cache true to the database when a command ran inside a caller's Spring transaction (the
 * Kafka listeners open one around processed-message row, party data and command). Axon's unit of work then only
 * joins that transaction: it stores the changed case in the cache when IT completes, and evicts it only when IT
 * rolls back. If the caller's transaction rolls back later (a later record of the same batch failed, the commit
 * failed), the cache would hold events that were never stored. So: the first command in a transaction registers a
 * synchronization that empties the cache when the transaction does not commit. Rollbacks are rare (a poison record,
 * a lost connection); a cold cache after one costs reads, never correctness.
 */
final class EvictCachedCasesOnRollback implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Cache cache;

    EvictCachedCasesOnRollback(Cache cache) {
        this.cache = cache;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(EvictCachedCasesOnRollback.this);
                    if (status != STATUS_COMMITTED) {
                        cache.removeAll();
                    }
                }
            });
        }
        return chain.proceed();
    }
}
