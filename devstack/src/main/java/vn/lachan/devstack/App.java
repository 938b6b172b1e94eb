package vn.lachan.devstack;

/** The applications of the platform, in the order the stack starts them. */
public enum App {
    TIP("tip-service", "lachan_tip", 8110),
    CASE("case-service", "lachan_case", 8120),
    REPORT("report-service", "lachan_report", 8130),
    BUDGET("budget-service", "lachan_budget", 8140),
    GATEWAY("gateway", null, 8080);

    private final String module;
    private final String database;
    private final int basePort;

    App(String module, String database, int basePort) {
        this.module = module;
        this.database = database;
        this.basePort = basePort;
    }

    public String module() {
        return module;
    }

    /** The database the app owns, or null (the gateway has none). */
    public String database() {
        return database;
    }

    int basePort() {
        return basePort;
    }

    public boolean isService() {
        return database != null;
    }
}
