package vn.lachan.platform.test.layerfixture.bad.store;

import vn.lachan.platform.test.layerfixture.bad.api.TallyApi;
import vn.lachan.platform.test.layerfixture.bad.domain.Tally;

/** Keeps tallies, and calls the API back: a layer calling up. */
public class TallyStore {

    public Tally save(Tally tally) {
        return tally.count() > 100 ? new Tally(new TallyApi().add(0)) : tally;
    }
}
