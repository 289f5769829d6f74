package dev.rtsfake.fake.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The hand-made HMAC-SHA256 over MessageDigest gives exactly the bytes javax.crypto.Mac gives. */
class TokenSignerTest {
    @Test
    void sign_equalsJavaxCryptoHmacSha256_forShortLongAndNonAsciiKeys_andSwitchingKeys() throws Exception {
        SplittableRandom random = new SplittableRandom(15);
        String[] keys = {"k", "key", "a".repeat(64), "b".repeat(65), "c".repeat(200), "clé-ключ-键", "key"};
        for (int round = 0; round < 3; round++) {
            for (String key : keys) {
                byte[] message = new byte[random.nextInt(300)];
                random.nextBytes(message);
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                assertThat(TokenSigner.sign(key, message)).as("key %s", key).isEqualTo(mac.doFinal(message));
                assertThat(TokenSigner.matches(key, message, mac.doFinal(message))).isTrue();
            }
        }
    }
}
