package vn.lachan.platform.test.layerfixture.bad;

import vn.lachan.platform.test.layerfixture.bad.domain.Tally;
import vn.lachan.platform.test.layerfixture.bad.store.TallyStore;

/** The application service of the fixture. */
public class Tallies {

    private final TallyStore store = new TallyStore();

    public Tally add(int count) {
        return store.save(new Tally(count));
    }
}
