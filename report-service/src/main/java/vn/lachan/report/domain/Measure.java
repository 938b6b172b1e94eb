package vn.lachan.report.domain;

/** What an indicator counts: things, or money in whole đồng. */
public enum Measure {
    COUNT, DONG
}
