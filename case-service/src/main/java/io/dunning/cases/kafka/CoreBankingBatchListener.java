package io.dunning.cases.kafka;

import io.dunning.cases.config.InboundBatchConfig;
import io.dunning.platform.kafka.PollTransactions;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Takes {@code corebanking.loan-events.v1} a poll at a time (up to {@code dunning.case.kafka.inbound-batch
 * .max-records}), parses and validates its records once ({@link ParsedPoll}) and applies it in as few transactions
 * as its time allows ({@link PollTransactions}): each record as {@link CoreBankingListener} does (its
 * processed-message row, party data and command join the chunk's transaction), one commit per chunk of
 * {@code dunning.case.kafka.inbound-batch.chunk-time}. A chunk reads what its records need in one query per table
 * for the rest of the poll and writes it back once ({@link CoreBankingChunk}). Offsets are committed
 * after the listener returned, so a crash replays the poll and the processed-message rows make the replay a no-op.
 * Order within a partition (the key is the loan id) is the order of application. Each chunk's transaction has a
 * deadline ({@code dunning.case.kafka.inbound-batch.timeout}, each statement gets what is left): a long open
 * transaction holds global-index values the tracking processors see as gaps, and a gap older than the gap timeout
 * is given up. Committing by time, not by count, keeps a chunk well inside it on a busy machine, where a fixed
 * 100-record batch overran it and was done twice.
 * <p>
 * A record that fails rolls its chunk back (the aggregate cache with it: config.EvictCachedCasesOnRollback) and the
 * chunk is applied again record by record; the first record that fails alone goes to the container's error handler
 * (config.DeadLetterConfig) and is retried or sent to the DLT exactly as a record listener's would be, the records
 * after it are polled again. Consumed-record metrics of a chunk that fell back count its records' first attempt too.
 */
@Component
class CoreBankingBatchListener {

    private final CoreBankingListener records;
    private final PollTransactions transactions;

    CoreBankingBatchListener(CoreBankingListener records, PlatformTransactionManager transactions,
                             @Value("${dunning.case.kafka.inbound-batch.chunk-time:PT1S}") Duration chunkTime,
                             @Value("${dunning.case.kafka.inbound-batch.timeout:PT10S}") Duration timeout) {
        this.records = records;
        this.transactions = new PollTransactions(transactions, chunkTime, timeout);
    }

    @KafkaListener(id = "corebanking-inbound", topics = "${dunning.case.kafka.inbound-topic}",
            containerFactory = InboundBatchConfig.BATCH_FACTORY,
            properties = "max.poll.records=${dunning.case.kafka.inbound-batch.max-records:100}")
    void on(List<ConsumerRecord<String, byte[]>> batch) {
        ParsedPoll poll = records.parse(batch);
        transactions.apply(batch, record -> records.on(record, poll));
    }
}
