package vn.lachan.platform.test.layerfixture.good;

import vn.lachan.platform.test.layerfixture.good.domain.Tally;
import vn.lachan.platform.test.layerfixture.good.store.TallyStore;

/** The application service of the fixture. */
public class Tallies {

    private final TallyStore store = new TallyStore();

    public Tally add(int count) {
        return store.save(new Tally(count));
    }
}
