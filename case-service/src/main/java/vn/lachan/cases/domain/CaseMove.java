package vn.lachan.cases.domain;

import static vn.lachan.platform.security.Roles.JUDGE;
import static vn.lachan.platform.security.Roles.POLICE_LEADER;
import static vn.lachan.platform.security.Roles.PROCURATOR;

import java.util.Set;

/**
 * A move of a case from one stage to the next, with the stages it may start from, the stage it leads to, the
 * role that owns it and the article of the Criminal Procedure Code 2015 it rests on. The investigation agency's
 * decisions are signed by its head or deputy head (a police leader); the procuracy's and the court's by theirs.
 */
public enum CaseMove {
    SUSPEND_INVESTIGATION(Set.of(Stage.INVESTIGATION), Stage.SUSPENDED, POLICE_LEADER, "Điều 229"),
    RESUME_INVESTIGATION(Set.of(Stage.SUSPENDED), Stage.INVESTIGATION, POLICE_LEADER, "Điều 235"),
    CONCLUDE_RECOMMEND_PROSECUTION(Set.of(Stage.INVESTIGATION), Stage.PROSECUTION, POLICE_LEADER, "Điều 232"),
    DROP_INVESTIGATION(Set.of(Stage.INVESTIGATION, Stage.SUSPENDED), Stage.DROPPED, POLICE_LEADER, "Điều 230"),
    RETURN_FOR_SUPPLEMENTARY_INVESTIGATION(Set.of(Stage.PROSECUTION), Stage.INVESTIGATION, PROCURATOR, "Điều 245"),
    INDICT(Set.of(Stage.PROSECUTION), Stage.TRIAL, PROCURATOR, "Điều 243"),
    DROP_PROSECUTION(Set.of(Stage.PROSECUTION), Stage.DROPPED, PROCURATOR, "Điều 248"),
    PRONOUNCE_JUDGMENT(Set.of(Stage.TRIAL), Stage.JUDGED, JUDGE, "Điều 326"),
    CLOSE(Set.of(Stage.JUDGED), Stage.CLOSED, JUDGE, "Điều 343");

    private final Set<Stage> from;
    private final Stage to;
    private final String role;
    private final String article;

    CaseMove(Set<Stage> from, Stage to, String role, String article) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.article = article;
    }

    public boolean startsFrom(Stage stage) {
        return from.contains(stage);
    }

    public Set<Stage> from() {
        return from;
    }

    public Stage to() {
        return to;
    }

    /** The realm role that owns the move. */
    public String role() {
        return role;
    }

    public String article() {
        return article;
    }
}
