package vn.lachan.tip.publictips.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TipSecretTest {

    @Test
    void aSecretHas160RandomBitsInGroupsOfFour() {
        String secret = TipSecret.generate();
        assertThat(secret).matches("([A-Z2-7]{4}-){7}[A-Z2-7]{4}");
        assertThat(TipSecret.canonical(secret)).hasSize(32); // 32 × 5 bits
        assertThat(TipSecret.generate()).isNotEqualTo(secret);
    }

    @Test
    void base32IsThatOfRfc4648() {
        assertThat(TipSecret.base32("foobar".getBytes())).isEqualTo("MZXW6YTBOI");
    }

    @Test
    void theSecretMatchesItsHashHoweverItIsTypedAndNothingElseDoes() {
        String secret = TipSecret.generate();
        byte[] salt = TipSecret.newSalt();
        byte[] hash = TipSecret.hash(salt, secret);
        assertThat(hash).hasSize(32).isNotEqualTo(secret.getBytes());
        assertThat(TipSecret.matches(secret, salt, hash)).isTrue();
        assertThat(TipSecret.matches(secret.toLowerCase().replace("-", " "), salt, hash)).isTrue();
        assertThat(TipSecret.matches(TipSecret.generate(), salt, hash)).isFalse();
        assertThat(TipSecret.matches(secret, TipSecret.newSalt(), hash)).isFalse();
        assertThat(TipSecret.matches("", salt, hash)).isFalse();
        assertThat(TipSecret.matches(null, salt, hash)).isFalse();
        assertThat(TipSecret.matches(secret + "A".repeat(200), salt, hash)).isFalse();
    }

    @Test
    void theSameSecretUnderAnotherSaltHashesDifferently() {
        String secret = TipSecret.generate();
        assertThat(TipSecret.hash(TipSecret.newSalt(), secret)).isNotEqualTo(TipSecret.hash(TipSecret.newSalt(), secret));
    }
}
