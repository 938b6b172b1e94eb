package vn.lachan.platform.security;

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

    private Roles() {
    }
}
