package vn.lachan.cases;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lachan.platform.test.LayerRules;

/** The platform's layer rules on this service: the domain is plain Java, and layers never call back up. */
class LayersTest {

    @TestFactory
    Stream<DynamicTest> layers() {
        return LayerRules.of("vn.lachan.cases").tests();
    }
}
