package io.dunning.platform.kafka;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current Spring transaction, such as what a chunk of a poll (PollTransactions)
 * read ahead for its records: made on first use, found again by every later use in the same transaction, forgotten
 * when the transaction completes, committed or not. A value that is itself a {@link TransactionSynchronization} is
 * registered as one too (to write before the commit, say).
 */
public final class TransactionScoped {

    private TransactionScoped() {
    }

    /**
     * The value bound to {@code key} in the current transaction, made by {@code create} if there is none yet.
     *
     * @throws IllegalStateException outside a transaction (no synchronization active)
     */
    @SuppressWarnings("unchecked")
    public static <T> T computeIfAbsent(Object key, Supplier<T> create) {
        Object bound = TransactionSynchronizationManager.getResource(key);
        if (bound != null) {
            return (T) bound;
        }
        T made = create.get();
        TransactionSynchronizationManager.bindResource(key, made);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        if (made instanceof TransactionSynchronization synchronization) {
            TransactionSynchronizationManager.registerSynchronization(synchronization);
        }
        return made;
    }

    /** The value bound to {@code key} in the current transaction, or null: none yet, or outside a transaction. */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key) {
        return (T) TransactionSynchronizationManager.getResource(key);
    }
}
