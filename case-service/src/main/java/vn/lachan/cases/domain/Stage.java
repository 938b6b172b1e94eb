package vn.lachan.cases.domain;

/** Where a case stands: investigation (police), prosecution (procuracy), trial (court), closed. */
public enum Stage {
    INVESTIGATION, PROSECUTION, TRIAL, CLOSED
}
