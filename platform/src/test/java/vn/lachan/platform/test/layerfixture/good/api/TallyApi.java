package vn.lachan.platform.test.layerfixture.good.api;

import vn.lachan.platform.test.layerfixture.good.Tallies;

/** The adapter of the fixture. */
public class TallyApi {

    private final Tallies tallies = new Tallies();

    public int add(int count) {
        return tallies.add(count).count();
    }
}
