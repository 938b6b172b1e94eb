package vn.lachan.tip.indicators.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;

class IndicatorPublicationRulesTest {

    static final Caller INVESTIGATOR = new Caller("s1", "dieutra", "cong-an-tinh-pa05", Set.of("investigator"));
    static final Caller INTAKE = new Caller("s2", "tiepnhan", "cong-an-tinh", Set.of("tip-intake"));
    static final Caller BANK = new Caller("s3", "nganhang.vcb", "ngan-hang-vcb", Set.of("bank-liaison"));

    @Test
    void theHandlingPoliceMayPublishOnAnyBasisTheServiceThenChecks() {
        for (PublicationBasis basis : PublicationBasis.values()) {
            // the prosecution basis is refused as a field error ("basis"), not as a missing right
            assertThatCode(() -> IndicatorPublicationRules.checkPublish(INVESTIGATOR, IndicatorType.PHONE, basis))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void aBankPublishesOnlyAnAccountItHolds() {
        assertThatCode(() -> IndicatorPublicationRules.checkPublish(BANK, IndicatorType.BANK_ACCOUNT, PublicationBasis.BANK_HOLD))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> IndicatorPublicationRules.checkPublish(BANK, IndicatorType.PHONE, PublicationBasis.BANK_HOLD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> IndicatorPublicationRules.checkPublish(BANK, IndicatorType.BANK_ACCOUNT,
                PublicationBasis.OFFICER_VERIFIED)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void intakeOfficersDoNotPublish() {
        assertThatThrownBy(() -> IndicatorPublicationRules.checkPublish(INTAKE, IndicatorType.PHONE,
                PublicationBasis.OFFICER_VERIFIED)).isInstanceOf(AccessDeniedException.class);
    }
}
