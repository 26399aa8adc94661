package io.dunning.cases.party;

/** Personal data could not be encrypted or decrypted. The message never carries personal data or key material. */
public class PartyCryptoException extends RuntimeException {

    PartyCryptoException(String message) {
        super(message);
    }
}
