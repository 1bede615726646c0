package careerbot.slack;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Slack's request signing: {@code v0=} + hex HMAC-SHA256 of {@code v0:{timestamp}:{raw body}} with the signing
 * secret, and a timestamp within five minutes of now (either way) so a captured request can't be replayed later.
 */
public final class SlackSignature {

    static final long MAX_AGE_SECONDS = 300;
    private static final String VERSION = "v0";

    private final byte[] secret;

    public SlackSignature(String signingSecret) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(String timestamp, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((VERSION + ":" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return VERSION + "=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** True only for a well-formed, fresh timestamp and a matching signature (compared in constant time). */
    public boolean verify(String timestamp, String signature, String body, long nowEpochSeconds) {
        if (timestamp == null || signature == null || body == null) {
            return false;
        }
        long sent;
        try {
            sent = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowEpochSeconds - sent) > MAX_AGE_SECONDS) {
            return false;
        }
        return MessageDigest.isEqual(sign(timestamp.strip(), body).getBytes(StandardCharsets.UTF_8),
                signature.strip().getBytes(StandardCharsets.UTF_8));
    }
}
