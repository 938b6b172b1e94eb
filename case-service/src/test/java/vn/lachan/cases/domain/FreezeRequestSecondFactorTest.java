package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Roles;

/**
 * Every role case-service's rules let see the holder of an account asked to be frozen (a suspect's or a mule's name)
 * needs a second factor at login (Roles.SECOND_FACTOR, which the realm's role groups turn into otp-required): derived
 * from the rule itself, so a role added to it without OTP is caught here.
 */
class FreezeRequestSecondFactorTest {

    @Test
    void everyRoleThatMaySeeAnAccountHolderNeedsASecondFactor() {
        FreezeRequest request = new FreezeRequest(UUID.randomUUID(), UUID.randomUUID(), "vcb-dong-thap", "0123456789",
                "Nguyễn Văn A", null, 1, "lừa đảo", null, Instant.now(), null, null, null, null, null, "dieutra",
                Instant.now(), "dieutra", List.of());
        int seeing = 0;
        for (String role : Roles.all()) {
            for (String unit : new String[] {"cong-an-tinh-pa05", "vcb-dong-thap", "vien-kiem-sat-tinh", Caller.SYSTEM_UNIT}) {
                if (FreezeRequestAccess.maySeeAccountHolder(new Caller("someone", "someone", unit, Set.of(role)), request)) {
                    seeing++;
                    assertThat(Roles.SECOND_FACTOR).as(role + " in " + unit + " sees account holders").contains(role);
                }
            }
        }
        assertThat(seeing).as("the rule lets someone see account holders").isPositive();
    }
}
