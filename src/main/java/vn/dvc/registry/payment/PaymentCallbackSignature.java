package vn.dvc.registry.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a platform callback: hex HMAC-SHA256, with the shared secret, of the timestamp
 * header, a dot and the exact body bytes, sent as {@code X-Payment-Signature} beside {@code
 * X-Payment-Timestamp} (epoch seconds). Signing the timestamp with the body lets the receiver
 * refuse an old callback replayed with a fresh timestamp. Written here because the JDK's Mac is all
 * it takes; the sandbox signs and our endpoint verifies with this one class.
 */
public final class PaymentCallbackSignature {

  public static final String SIGNATURE_HEADER = "X-Payment-Signature";
  public static final String TIMESTAMP_HEADER = "X-Payment-Timestamp";

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  public PaymentCallbackSignature(String sharedSecret) {
    if (sharedSecret == null || sharedSecret.length() < 16) {
      throw new IllegalArgumentException("The callback secret has at least 16 characters");
    }
    this.key = new SecretKeySpec(sharedSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  public String sign(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) '.');
      mac.update(body);
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }

  /** Compares in constant time, so that the answer's timing tells a forger nothing. */
  public boolean verifies(String timestamp, byte[] body, String signature) {
    if (timestamp == null || signature == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(timestamp, body).getBytes(StandardCharsets.US_ASCII),
        signature.toLowerCase().getBytes(StandardCharsets.US_ASCII));
  }
}
