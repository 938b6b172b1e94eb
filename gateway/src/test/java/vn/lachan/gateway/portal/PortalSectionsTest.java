package vn.lachan.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PortalSectionsTest {

    @Test
    void eachRoleGetsTheSectionsItUsesInThePortalsOrder() {
        assertThat(PortalSections.of("cong-an-tinh", List.of("investigator")))
                .containsExactly("tips", "rewards", "cases", "freeze");
        assertThat(PortalSections.of("cong-an-tinh", List.of("police-leader")))
                .containsExactly("tips", "rewards", "cases", "reports", "freeze");
        assertThat(PortalSections.of("vien-kiem-sat-tinh", List.of("procurator"))).containsExactly("tips", "cases", "freeze");
        assertThat(PortalSections.of("vcb-dong-thap", List.of("bank-liaison"))).containsExactly("freeze");
        assertThat(PortalSections.of("huyen-cao-lanh", List.of("report-submitter"))).containsExactly("reports");
        assertThat(PortalSections.of("ubnd-tinh", List.of("budget-approver", "reader-consolidated")))
                .containsExactly("reports", "budget");
        assertThat(PortalSections.of("so-tai-chinh", List.of())).isEmpty();
    }

    @Test
    void aBudgetSpenderPaysRewardsOnlyInAPoliceUnit() {
        assertThat(PortalSections.of("cong-an-tinh", List.of("budget-spender"))).containsExactly("rewards", "budget");
        assertThat(PortalSections.of("so-tai-chinh", List.of("budget-spender"))).containsExactly("budget");
        assertThat(PortalSections.of("", List.of("budget-spender"))).containsExactly("budget");
    }
}
