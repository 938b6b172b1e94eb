package vn.lachan.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Caller;

/** Whose a key is: the caller's, per operation; the platform's reserved keys are no caller's. */
class IdempotencyKeysTest {

    private static final String OPEN_CASE = "lachan.cases.v1.CaseService/OpenCase";
    private final Caller officer = new Caller("sub-1", "can-bo", "cong-an-tinh", Set.of("case-officer"));

    @Test
    void aCallersKeyIsScopedToTheCallersSubject() {
        var request = IdempotentRequest.of(IdempotentRequest.callerScope(officer), OPEN_CASE, "k-1", "fp");
        assertThat(request.scope()).isEqualTo("caller:sub-1");
        assertThat(request.operation()).isEqualTo(OPEN_CASE);
    }

    @Test
    void thePlatformsKeyForAProsecutedTipIsReservedAndBelongsToNoCaller() {
        UUID tip = UUID.randomUUID();
        String key = IdempotencyKeys.platform("tip", tip, "prosecute");

        assertThat(key).isEqualTo("lachan:tip:" + tip + ":prosecute");
        assertThat(IdempotencyKeys.isReserved(key)).isTrue();
        // sent on the officer's forwarded token, yet another officer's retry must meet the same key
        assertThat(IdempotentRequest.of(IdempotentRequest.callerScope(officer), OPEN_CASE, key, "fp").scope())
                .isEqualTo(IdempotentRequest.PLATFORM_SCOPE);
    }

    @Test
    void anOutsideCallerCannotTakeAReservedKeyInAnySpelling() {
        assertThat(IdempotencyKeys.reservedKeyViolation("lachan:tip:1:prosecute")).get()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("Idempotency-Key");
                    assertThat(v.code()).isEqualTo("RESERVED");
                    assertThat(v.vi()).contains("dành riêng");
                    assertThat(v.en()).contains("reserved");
                });
        assertThat(IdempotencyKeys.reservedKeyViolation("LaChan:tip:1:prosecute")).isPresent();
        assertThat(IdempotencyKeys.reservedKeyViolation("tip:1:prosecute")).isEmpty();
        assertThat(IdempotencyKeys.reservedKeyViolation(UUID.randomUUID().toString())).isEmpty();
        assertThat(IdempotencyKeys.reservedKeyViolation(null)).isEmpty();
    }

    @Test
    void aReservedKeyCannotBePutInACallersScopeNorACallersKeyInThePlatformsScope() {
        assertThatThrownBy(() -> new IdempotentRequest("caller:sub-1", OPEN_CASE, "lachan:tip:1:prosecute", "fp"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdempotentRequest(IdempotentRequest.PLATFORM_SCOPE, OPEN_CASE, "k-1", "fp"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnonymousTipstersKeysAreScopedToTheirTrackingCode() {
        assertThat(IdempotentRequest.of(IdempotentRequest.tipsterScope("TB-7KQ2"), "op", "k", "fp").scope())
                .isEqualTo("tipster:TB-7KQ2");
    }

    @Test
    void aPlatformKeyStaysWithinTheLengthAllowed() {
        assertThatThrownBy(() -> IdempotencyKeys.platform("x".repeat(200)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
