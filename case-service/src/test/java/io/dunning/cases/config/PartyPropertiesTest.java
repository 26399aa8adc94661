package io.dunning.cases.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The service does not start without a valid master key, and never prints it. */
class PartyPropertiesTest {

    @Test
    void aMissingShortOrMalformedMasterKeyFailsStartupNamingTheProperty() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        for (String bad : new String[] {null, " ", "not base64!", shortKey}) {
            assertThatThrownBy(() -> new PartyProperties(bad).toCipher())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("dunning.case.party.master-key");
        }
        assertThatThrownBy(() -> new PartyProperties(shortKey).toCipher()).hasMessageNotContaining(shortKey);
    }

    @Test
    void a32ByteKeyMakesTheCipher() {
        assertThat(new PartyProperties(Base64.getEncoder().encodeToString(new byte[32])).toCipher()).isNotNull();
    }
}
