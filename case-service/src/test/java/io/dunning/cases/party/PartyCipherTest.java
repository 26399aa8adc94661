package io.dunning.cases.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** Envelope encryption per party: AES-256-GCM data keys wrapped by the master key. */
class PartyCipherTest {

    private static final PersonalData ZHANG = new PersonalData("张三", "110101199003077777", "+86 138 1234 5678",
            "上海市黄浦区中山东一路1号");

    private final PartyCipher cipher = new PartyCipher(randomKey());

    @Test
    void encryptedDataDecryptsBackWithTheSamePartysKey() {
        byte[] key = cipher.newWrappedDataKey("P-1");
        byte[] sealed = cipher.encrypt("P-1", key, ZHANG);

        assertThat(cipher.decrypt("P-1", key, sealed)).isEqualTo(ZHANG);
        assertThat(cipher.decrypt("P-1", key, cipher.encrypt("P-1", key, new PersonalData(null, "x", null, ""))))
                .isEqualTo(new PersonalData(null, "x", null, ""));
    }

    @Test
    void theCiphertextContainsNoneOfTheClearValuesAndIsFreshEveryTime() {
        byte[] key = cipher.newWrappedDataKey("P-1");
        byte[] sealed = cipher.encrypt("P-1", key, ZHANG);

        String raw = new String(sealed, StandardCharsets.ISO_8859_1);
        for (String clear : new String[] {ZHANG.name(), ZHANG.idNumber(), ZHANG.phone(), ZHANG.address()}) {
            assertThat(raw).doesNotContain(new String(clear.getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.ISO_8859_1));
        }
        assertThat(cipher.encrypt("P-1", key, ZHANG)).isNotEqualTo(sealed);
    }

    @Test
    void tamperedCiphertextFails() {
        byte[] key = cipher.newWrappedDataKey("P-1");
        byte[] sealed = cipher.encrypt("P-1", key, ZHANG);
        sealed[sealed.length / 2] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt("P-1", key, sealed)).isInstanceOf(PartyCryptoException.class)
                .hasMessageNotContaining("张");
    }

    @Test
    void anotherPartysKeyOrAnotherMasterKeyFails() {
        byte[] key = cipher.newWrappedDataKey("P-1");
        byte[] sealed = cipher.encrypt("P-1", key, ZHANG);

        assertThatThrownBy(() -> cipher.decrypt("P-1", cipher.newWrappedDataKey("P-1"), sealed))
                .isInstanceOf(PartyCryptoException.class);
        assertThatThrownBy(() -> cipher.decrypt("P-2", key, sealed)).isInstanceOf(PartyCryptoException.class);
        assertThatThrownBy(() -> new PartyCipher(randomKey()).decrypt("P-1", key, sealed))
                .isInstanceOf(PartyCryptoException.class);
    }

    @Test
    void aShreddedKeyMakesTheDataUnreadable() {
        byte[] sealed = cipher.encrypt("P-1", cipher.newWrappedDataKey("P-1"), ZHANG);

        assertThatThrownBy(() -> cipher.decrypt("P-1", null, sealed)).isInstanceOf(PartyCryptoException.class)
                .hasMessageContaining("destroyed");
    }

    @Test
    void theMasterKeyMustBe32Bytes() {
        assertThatThrownBy(() -> new PartyCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartyCipher(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
