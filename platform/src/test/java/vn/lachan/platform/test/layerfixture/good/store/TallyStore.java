package vn.lachan.platform.test.layerfixture.good.store;

import vn.lachan.platform.test.layerfixture.good.domain.Tally;

/** Keeps tallies. */
public class TallyStore {

    public Tally save(Tally tally) {
        return tally;
    }
}
