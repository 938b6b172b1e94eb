package vn.lachan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallersTest {

    static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
    }

    @Test
    void aUserIsKnownByUserNameUnitAndRoles() {
        Caller caller = Callers.of(token().subject("u-1").claim("preferred_username", "baocao.caolanh")
                .claim("unit", "huyen-cao-lanh").claim("roles", List.of("report-submitter")).build());
        assertThat(caller.name()).isEqualTo("baocao.caolanh");
        assertThat(caller.unit()).isEqualTo("huyen-cao-lanh");
        assertThat(caller.has(Roles.REPORT_SUBMITTER)).isTrue();
        assertThat(caller.isPolice()).isFalse();
    }

    @Test
    void aServiceAccountIsKnownByItsClientId() {
        Caller caller = Callers.of(token().subject("s-1").claim("preferred_username", "service-account-report-service")
                .claim("azp", "report-service").claim("unit", "he-thong").build());
        assertThat(caller.name()).isEqualTo("report-service");
        assertThat(caller.isSystem()).isTrue();
        assertThat(caller.roles()).isEmpty();
    }

    @Test
    void thePoliceAreEveryUnitOfCongAn() {
        assertThat(new Caller("s", "n", "cong-an-tinh-pa05", java.util.Set.of()).isPolice()).isTrue();
        assertThat(new Caller("s", "n", "huyen-lai-vung", java.util.Set.of()).isPolice()).isFalse();
    }
}
