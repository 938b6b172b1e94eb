package vn.lachan.platform.test.layerfixture.good.domain;

/** A plain value. */
public record Tally(int count) {
}
