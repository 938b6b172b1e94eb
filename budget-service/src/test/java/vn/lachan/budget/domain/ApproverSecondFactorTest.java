package vn.lachan.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Roles;

/**
 * Every role budget-service's rules let decide on money (approve or reject an allocation, or a spending override)
 * needs a second factor at login (Roles.SECOND_FACTOR, which the realm's role groups turn into otp-required): derived
 * from the rules themselves, so a role added to them without OTP is caught here.
 */
class ApproverSecondFactorTest {

    @Test
    void everyRoleThatMayApproveMoneyNeedsASecondFactor() {
        int deciders = 0;
        for (String role : Roles.all()) {
            Caller caller = new Caller("someone", "someone", "ubnd-tinh", Set.of(role));
            if (allowed(() -> AllocationRules.checkDecider(caller)) || allowed(() -> OverrideRules.checkDecider(caller))) {
                deciders++;
                assertThat(Roles.SECOND_FACTOR).as(role + " approves money").contains(role);
            }
        }
        assertThat(deciders).as("someone may approve").isPositive();
    }

    private static boolean allowed(Runnable check) {
        try {
            check.run();
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        }
    }
}
