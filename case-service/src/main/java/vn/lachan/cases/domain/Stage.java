package vn.lachan.cases.domain;

/**
 * Where a case stands (Criminal Procedure Code 2015): investigated by the police, possibly suspended; concluded
 * with a recommendation to prosecute and so at the procuracy; indicted and so at the court; judged; dropped
 * (đình chỉ) by the police or the procuracy; closed once the judgment is in force.
 */
public enum Stage {
    INVESTIGATION, PROSECUTION, TRIAL, CLOSED, SUSPENDED, JUDGED, DROPPED;

    /** The investigation's time limit runs only in this stage. */
    public boolean investigating() {
        return this == INVESTIGATION;
    }
}
