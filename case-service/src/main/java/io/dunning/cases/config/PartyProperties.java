package io.dunning.cases.config;

import io.dunning.cases.party.PartyCipher;
import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The party store's key ({@code dunning.case.party.*}).
 *
 * @param masterKey base64 of the 32-byte AES-256 master key that wraps every party's data key; from a secret store
 *                  in production (DUNNING_CASE_PARTY_MASTER_KEY), never the dev default of application.yml
 */
@ConfigurationProperties("dunning.case.party")
public record PartyProperties(String masterKey) {

    private static final String PROPERTY = "dunning.case.party.master-key";

    /** The cipher over the validated master key; fails startup naming the property, never printing its value. */
    public PartyCipher toCipher() {
        if (masterKey == null || masterKey.isBlank()) {
            throw new IllegalStateException(PROPERTY + " must be set (base64 of 32 random bytes)");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(masterKey.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " must be base64 (of 32 random bytes)");
        }
        if (key.length != 32) {
            throw new IllegalStateException(PROPERTY + " must decode to 32 bytes (AES-256), not " + key.length);
        }
        return new PartyCipher(key);
    }
}
