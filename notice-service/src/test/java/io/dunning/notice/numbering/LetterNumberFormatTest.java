package io.dunning.notice.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LetterNumberFormatTest {

    @Test
    void theDefaultFormatPrintsBranchYearAndAPaddedSequence() {
        assertThat(new LetterNumberFormat("{branch}-{year}-{seq:6}").format("BR001", 2026, 42))
                .isEqualTo("BR001-2026-000042");
    }

    @Test
    void otherFormatsAreConfigurable() {
        assertThat(new LetterNumberFormat("催{year}〔{branch}〕{seq}号").format("BR9", 2026, 7))
                .isEqualTo("催2026〔BR9〕7号");
    }

    @Test
    void aFormatWithoutBranchOrSequenceIsRefused() {
        assertThatThrownBy(() -> new LetterNumberFormat("{year}-{seq}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LetterNumberFormat("{branch}-{year}")).isInstanceOf(IllegalArgumentException.class);
    }
}
