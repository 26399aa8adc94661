package io.dunning.cases.kafka;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A poll's records, each parsed and validated once, before any is applied: so that a chunk's transaction can read
 * what it needs for all the records ahead of it in one query per table (CoreBankingChunk). A record that is not
 * valid is parsed again on its turn, and fails there, in its place in the poll: the dead-letter path is the one a
 * record listener's would take.
 */
final class ParsedPoll {

    private final Function<ConsumerRecord<String, byte[]>, Object> parse;
    private final List<ConsumerRecord<String, byte[]>> records;
    private final Map<ConsumerRecord<String, byte[]>, Integer> positions = new IdentityHashMap<>();
    private final Map<ConsumerRecord<String, byte[]>, Object> valid = new IdentityHashMap<>();

    private ParsedPoll(List<ConsumerRecord<String, byte[]>> records,
                       Function<ConsumerRecord<String, byte[]>, Object> parse) {
        this.parse = parse;
        this.records = records;
    }

    /** @param parse parses and validates a record, throwing when it is not valid */
    static ParsedPoll of(List<ConsumerRecord<String, byte[]>> records,
                         Function<ConsumerRecord<String, byte[]>, Object> parse) {
        ParsedPoll poll = new ParsedPoll(records, parse);
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            poll.positions.put(record, i);
            try {
                poll.valid.put(record, parse.apply(record));
            } catch (RuntimeException invalid) {
                // thrown again on the record's turn (valueOf)
            }
        }
        return poll;
    }

    /** The record's parsed value; throws, as the parser does, when it is not valid. */
    Object valueOf(ConsumerRecord<String, byte[]> record) {
        Object value = valid.get(record);
        return value != null ? value : parse.apply(record);
    }

    /** The valid records' values from this record to the end of the poll, in order (this one's alone if none). */
    List<Object> validFrom(ConsumerRecord<String, byte[]> record) {
        Integer position = positions.get(record);
        if (position == null) {
            return List.of(valueOf(record));
        }
        List<Object> ahead = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> next : records.subList(position, records.size())) {
            Object value = valid.get(next);
            if (value != null) {
                ahead.add(value);
            }
        }
        return ahead;
    }
}
