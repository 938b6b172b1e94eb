package vn.lachan.platform.test.layerfixture.bad.api;

import vn.lachan.platform.test.layerfixture.bad.Tallies;

/** The adapter of the fixture. */
public class TallyApi {

    private final Tallies tallies = new Tallies();

    public int add(int count) {
        return tallies.add(count).count();
    }
}
