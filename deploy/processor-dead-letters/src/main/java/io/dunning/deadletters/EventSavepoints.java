package io.dunning.deadletters;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A savepoint before each event a parking processor handles, so that a handler that fails can be parked in the
 * SAME transaction as the processor's token: {@link ParkingPolicy} rolls back to it before Axon writes the dead
 * letter. Without it a failed SQL statement leaves the PostgreSQL transaction aborted ("current transaction is
 * aborted"), the dead letter cannot be written, and the processor would retry the batch forever; with it whatever
 * the failed handler wrote is undone too, so a parked event has no half-applied effect.
 * <p>
 * Cost: one SAVEPOINT and one RELEASE per event; each savepoint that writes takes a subtransaction id, so keep a
 * parking processor's batch at or below PostgreSQL's 64 cached subtransactions (docs/adr/0010).
 */
public final class EventSavepoints implements MessageHandlerInterceptor<EventMessage<?>> {

    private record Mark(Connection connection, Savepoint savepoint) {
    }

    private final DataSource dataSource;
    private final ThreadLocal<Mark> current = new ThreadLocal<>();

    public EventSavepoints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return interceptorChain.proceed();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Mark mark = new Mark(connection, connection.setSavepoint());
        Mark outer = current.get();
        current.set(mark);
        try {
            Object result = interceptorChain.proceed();
            connection.releaseSavepoint(mark.savepoint());
            return result;
        } finally {
            current.set(outer);
        }
    }

    /** Undoes what the failing handler wrote and makes the transaction usable again; no-op outside a handler. */
    void rollBackFailedHandler() {
        Mark mark = current.get();
        if (mark == null) {
            return;
        }
        try {
            mark.connection().rollback(mark.savepoint());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot roll back to the savepoint before the failed event", e);
        }
    }
}
