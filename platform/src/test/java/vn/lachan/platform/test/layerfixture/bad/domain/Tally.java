package vn.lachan.platform.test.layerfixture.bad.domain;

import org.springframework.util.Assert;

/** A value that checks itself with Spring's helper: the domain is not plain Java. */
public record Tally(int count) {

    public Tally {
        Assert.isTrue(count >= 0, "a tally is never negative");
    }
}
