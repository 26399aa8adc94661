package io.dunning.cases.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dunning.cases.support.CoreBankingFeed;
import io.dunning.events.corebanking.CoreBankingEventType;
import io.dunning.events.corebanking.LoanDelinquencyReported;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Parsing and validation name the field and never echo a value. */
class CoreBankingRecordParserTest {

    private final CoreBankingRecordParser parser =
            new CoreBankingRecordParser(new ObjectMapper().registerModule(new JavaTimeModule()));

    private Object parse(String json) {
        return parser.parse(CoreBankingEventType.LOAN_DELINQUENCY_REPORTED, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aValidReportParsesAndValidates() {
        Object record = parse(CoreBankingFeed.delinquency("e-1", "L-1", 30));
        assertThat(record).isInstanceOf(LoanDelinquencyReported.class);
        CoreBankingValidator.validate(record);
    }

    @Test
    void aTypeMismatchNamesTheFieldNotTheValue() {
        assertThatThrownBy(() -> parse("{\"eventId\":\"e\",\"daysPastDue\":\"Zhang San\"}"))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("daysPastDue")
                .hasMessageNotContaining("Zhang");
    }

    @Test
    void everyBrokenRuleIsNamed() {
        String json = CoreBankingFeed.delinquency("e-1", "L-1", 0)
                .replace("\"CNY\"", "\"yuan\"")
                .replace("\"role\":\"BORROWER\"", "\"role\":\"DEBTOR\"")
                .replace("\"timeZone\":\"Asia/Shanghai\"", "\"timeZone\":\"Mars/Olympus\"");
        assertThatThrownBy(() -> CoreBankingValidator.validate(parse(json)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("daysPastDue must be >= 1")
                .hasMessageContaining("currency must be a 3-letter ISO 4217 code")
                .hasMessageContaining("obligors[0].role must be BORROWER or GUARANTOR")
                .hasMessageContaining("obligors[0].timeZone must be a valid IANA zone id")
                .hasMessageContaining("obligors must include at least one BORROWER")
                .hasMessageNotContaining("Mars")
                .hasMessageNotContaining("DEBTOR");
    }

    @Test
    void anUnknownTypeIsNamed() {
        assertThatThrownBy(() -> parser.typeOf("LoanTeleported.v1"))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("LoanTeleported.v1");
    }
}
