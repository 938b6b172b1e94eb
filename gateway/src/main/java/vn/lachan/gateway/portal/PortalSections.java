package vn.lachan.gateway.portal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which sections of the portal each role uses: the one table, served to the portal with the signed-in user
 * ({@code GET /portal/me}'s {@code sections}), so the pages copy no role list. Only a convenience: every service checks
 * the roles in the token again, and a section shown to a role the service refuses shows the refusal.
 */
final class PortalSections {

    /**
     * @param roles       the roles that use the section
     * @param policeRoles roles that use it only in a police unit (rewards are paid by the police's accountant, a
     *                    budget spender of a police unit, not of any unit)
     */
    record Section(String id, Set<String> roles, Set<String> policeRoles) {
    }

    static final List<Section> SECTIONS = List.of(
            new Section("tips", Set.of("tip-intake", "investigator", "police-leader", "procurator"), Set.of()),
            new Section("rewards", Set.of("tip-intake", "investigator", "police-leader", "auditor"),
                    Set.of("budget-spender")),
            new Section("cases", Set.of("investigator", "police-leader", "procurator", "judge"), Set.of()),
            new Section("reports", Set.of("report-submitter", "report-reviewer", "police-leader", "reader-consolidated"),
                    Set.of()),
            new Section("budget", Set.of("budget-planner", "budget-spender", "budget-approver", "reader-consolidated",
                    "auditor"), Set.of()),
            // a bank answers its own requests; police leaders issue release orders; the procuracy reads them
            new Section("freeze", Set.of("bank-liaison", "investigator", "police-leader", "procurator"), Set.of()),
            new Section("audit", Set.of("auditor"), Set.of()),
            new Section("admin", Set.of("admin"), Set.of()));

    /** Police units' codes begin so (cong-an-tinh, cong-an-tinh-pa05, …). */
    static final String POLICE_UNIT = "cong-an-";

    private PortalSections() {
    }

    /** The sections a user of {@code unit} with {@code roles} uses, in the portal's order. */
    static List<String> of(String unit, Collection<String> roles) {
        boolean police = unit != null && unit.startsWith(POLICE_UNIT);
        return SECTIONS.stream()
                .filter(s -> s.roles().stream().anyMatch(roles::contains)
                        || (police && s.policeRoles().stream().anyMatch(roles::contains)))
                .map(Section::id)
                .toList();
    }
}
