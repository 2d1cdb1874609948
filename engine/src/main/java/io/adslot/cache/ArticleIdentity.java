package io.adslot.cache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The part of a cache key that names an article: the host's id and revision when it gives a revision
 * (cheap, and exact as long as a revision names one body), otherwise a SHA-256 of the body, so that an
 * edited article never hits an entry made for its old text.
 */
public final class ArticleIdentity {

    private static final int CHUNK = 2048;

    private ArticleIdentity() {
    }

    /**
     * The identity string.
     *
     * @param id       the host's article id (may be null when a revision is absent)
     * @param revision the host's revision, or null
     * @param body     the article body
     */
    public static String of(String id, String revision, String body) {
        if (revision != null && id != null) {
            return "r:" + id.length() + ':' + id + ':' + revision;
        }
        return "h:" + sha256(body);
    }

    /** SHA-256 of the string's UTF-16 code units, hashed in chunks without encoding the whole string. */
    static String sha256(String body) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        char[] chars = new char[Math.min(CHUNK, body.length())];
        byte[] bytes = new byte[chars.length * 2];
        for (int from = 0; from < body.length(); from += CHUNK) {
            int to = Math.min(body.length(), from + CHUNK);
            body.getChars(from, to, chars, 0);
            int n = to - from;
            for (int i = 0; i < n; i++) {
                bytes[2 * i] = (byte) (chars[i] >>> 8);
                bytes[2 * i + 1] = (byte) chars[i];
            }
            digest.update(bytes, 0, 2 * n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
