package io.dunning.cases.kafka;

import io.dunning.cases.config.InboundBatchConfig;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes {@code corebanking.loan-events.v1} a poll at a time (up to {@code dunning.case.kafka.inbound-batch
 * .max-records}) and applies the whole poll in ONE transaction: each record exactly as {@link CoreBankingListener}
 * does (its processed-message row, party data and command join this transaction), one commit for all. Offsets are
 * committed after the listener returned, so a crash replays the batch and the processed-message rows make the
 * replay a no-op. Order within a partition (the key is the loan id) is the order of application. The batch's
 * transaction has a deadline ({@code dunning.case.kafka.inbound-batch.timeout}, each statement gets what is left):
 * a long open transaction holds global-index values the tracking processors see as gaps, and a gap older than the
 * gap timeout is given up, so a batch past its deadline rolls back and is applied record by record instead.
 * <p>
 * A record that fails rolls the batch back (the aggregate cache with it: config.EvictCachedCasesOnRollback) and the
 * batch is applied again record by record, each in its own transaction. The first record that fails again is
 * handed to the container's error handler as a {@link BatchListenerFailedException}: the records before it are
 * committed, it is retried or sent to the DLT exactly as a record listener's would be (config.DeadLetterConfig),
 * and the records after it are polled again. A poison record never costs its batch more than the replay.
 * Consumed-record metrics of a batch that fell back count its records' first attempt too.
 */
@Component
class CoreBankingBatchListener {

    private static final Logger log = LoggerFactory.getLogger(CoreBankingBatchListener.class);

    private final CoreBankingListener records;
    private final TransactionTemplate transaction;

    CoreBankingBatchListener(CoreBankingListener records, PlatformTransactionManager transactions,
                             @Value("${dunning.case.kafka.inbound-batch.timeout:PT10S}") Duration timeout) {
        this.records = records;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setTimeout(Math.toIntExact(timeout.toSeconds()));
    }

    @KafkaListener(id = "corebanking-inbound", topics = "${dunning.case.kafka.inbound-topic}",
            containerFactory = InboundBatchConfig.BATCH_FACTORY,
            properties = "max.poll.records=${dunning.case.kafka.inbound-batch.max-records:100}")
    void on(List<ConsumerRecord<String, byte[]>> batch) {
        if (batch.size() > 1 && appliedAsOne(batch)) {
            return;
        }
        for (ConsumerRecord<String, byte[]> record : batch) {
            try {
                records.on(record);
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException("core-banking record of loan " + record.key() + " failed", e,
                        record);
            }
        }
    }

    private boolean appliedAsOne(List<ConsumerRecord<String, byte[]>> batch) {
        try {
            transaction.executeWithoutResult(status -> batch.forEach(records::on));
            return true;
        } catch (RuntimeException e) {
            ConsumerRecord<String, byte[]> first = batch.get(0);
            log.info("Batch of {} core-banking records from {}-{}@{} rolled back ({}); applying them one by one",
                    batch.size(), first.topic(), first.partition(), first.offset(), e.toString());
            return false;
        }
    }
}
