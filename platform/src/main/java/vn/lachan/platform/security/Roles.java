package vn.lachan.platform.security;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The realm roles of k8s/keycloak/lachan-realm.json that the services check. */
public final class Roles {

    public static final String TIP_INTAKE = "tip-intake";
    public static final String INVESTIGATOR = "investigator";
    public static final String POLICE_LEADER = "police-leader";
    public static final String PROCURATOR = "procurator";
    public static final String JUDGE = "judge";
    public static final String REPORT_SUBMITTER = "report-submitter";
    public static final String REPORT_REVIEWER = "report-reviewer";
    public static final String BANK_LIAISON = "bank-liaison";
    public static final String BUDGET_PLANNER = "budget-planner";
    public static final String BUDGET_SPENDER = "budget-spender";
    public static final String BUDGET_APPROVER = "budget-approver";
    public static final String AUDITOR = "auditor";
    public static final String READER_CONSOLIDATED = "reader-consolidated";
    public static final String ADMIN = "admin";
    public static final String PERSONAL_DATA = "personal-data";
    /**
     * tip-service's own service account: opens the case of a tip decided "prosecute" on behalf of the officer who
     * decided it, when the officer's own call did not finish (case-service accepts it only with the tip's reserved
     * idempotency key).
     */
    public static final String CASE_OPENER = "case-opener";

    /**
     * Roles that read personal data (narratives, suspects' and victims' details, account holders, the audit log of
     * such reads) or approve money. Production asks their holders for a one-time code at login: the realm's role
     * group of each grants the technical role {@code otp-required}, which the browser flow checks.
     */
    public static final Set<String> SECOND_FACTOR = Set.of(TIP_INTAKE, INVESTIGATOR, POLICE_LEADER, PROCURATOR, JUDGE,
            BANK_LIAISON, BUDGET_APPROVER, AUDITOR, ADMIN, PERSONAL_DATA);

    /**
     * Roles that neither read personal data nor approve money: their own unit's reports, budget plans and spending,
     * consolidated anonymised figures. Every role is in exactly one of these two sets or {@link #PLATFORM_ONLY} (RealmSecurityTest).
     */
    public static final Set<String> PASSWORD_ONLY = Set.of(REPORT_SUBMITTER, REPORT_REVIEWER, BUDGET_PLANNER,
            BUDGET_SPENDER, READER_CONSOLIDATED);

    /**
     * Roles only the platform's own service accounts hold (unit {@code he-thong}); no person's group grants them
     * and nobody signs in with them (RealmSecurityTest).
     */
    public static final Set<String> PLATFORM_ONLY = Set.of(CASE_OPENER);

    /** Every role named above (its String constants). */
    public static Set<String> all() {
        return Arrays.stream(Roles.class.getFields())
                .filter(field -> field.getType() == String.class && Modifier.isStatic(field.getModifiers()))
                .map(Roles::value)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private Roles() {
    }
}
