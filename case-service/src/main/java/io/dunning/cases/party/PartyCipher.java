package io.dunning.cases.party;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of personal data, plain {@code javax.crypto} (no Spring): every party has its own random
 * AES-256 data key; the data key is stored wrapped (AES-256-GCM) by the master key; the personal data is stored
 * AES-256-GCM encrypted by the data key. The party id is the additional authenticated data of both, so a row or a
 * key copied to another party does not decrypt. Destroying the wrapped data key makes the data unreadable forever
 * (crypto-shredding). Layout of every ciphertext: 12-byte random IV, then ciphertext and 16-byte tag.
 */
public final class PartyCipher {

    static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKeySpec masterKey;
    private final SecureRandom random = new SecureRandom();

    /** @param masterKey exactly 32 bytes (AES-256); copied */
    public PartyCipher(byte[] masterKey) {
        if (masterKey == null || masterKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the master key must be " + KEY_BYTES + " bytes (AES-256)");
        }
        this.masterKey = new SecretKeySpec(masterKey.clone(), "AES");
    }

    /** A fresh random data key for a new party, already wrapped by the master key. */
    public byte[] newWrappedDataKey(String partyId) {
        byte[] dataKey = new byte[KEY_BYTES];
        random.nextBytes(dataKey);
        return seal(masterKey, dataKey, aad("party-key", partyId));
    }

    public byte[] encrypt(String partyId, byte[] wrappedDataKey, PersonalData data) {
        return seal(dataKey(partyId, wrappedDataKey), encode(data), aad("party-data", partyId));
    }

    /** @throws PartyCryptoException when the key or the ciphertext is not this party's or was tampered with */
    public PersonalData decrypt(String partyId, byte[] wrappedDataKey, byte[] ciphertext) {
        return decode(open(dataKey(partyId, wrappedDataKey), ciphertext, aad("party-data", partyId)));
    }

    private SecretKeySpec dataKey(String partyId, byte[] wrappedDataKey) {
        if (wrappedDataKey == null) {
            throw new PartyCryptoException("the party's key was destroyed");
        }
        return new SecretKeySpec(open(masterKey, wrappedDataKey, aad("party-key", partyId)), "AES");
    }

    private byte[] seal(SecretKeySpec key, byte[] plain, byte[] aad) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new PartyCryptoException("encryption failed: " + e.getClass().getSimpleName());
        }
    }

    private static byte[] open(SecretKeySpec key, byte[] sealed, byte[] aad) {
        if (sealed == null || sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new PartyCryptoException("ciphertext too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            // AEADBadTagException: wrong key, wrong party or tampered bytes; the message names no data
            throw new PartyCryptoException("decryption failed: " + e.getClass().getSimpleName());
        }
    }

    private static byte[] aad(String purpose, String partyId) {
        return (purpose + ":" + partyId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encode(PersonalData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1); // format version
            for (String field : new String[] {data.name(), data.idNumber(), data.phone(), data.address()}) {
                out.writeBoolean(field != null);
                if (field != null) {
                    byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static PersonalData decode(byte[] plain) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            if (in.readByte() != 1) {
                throw new PartyCryptoException("unknown personal data format");
            }
            String[] fields = new String[4];
            for (int i = 0; i < fields.length; i++) {
                if (in.readBoolean()) {
                    byte[] utf8 = new byte[in.readInt()];
                    in.readFully(utf8);
                    fields[i] = new String(utf8, StandardCharsets.UTF_8);
                }
            }
            return new PersonalData(fields[0], fields[1], fields[2], fields[3]);
        } catch (IOException e) {
            throw new PartyCryptoException("malformed personal data");
        }
    }
}
