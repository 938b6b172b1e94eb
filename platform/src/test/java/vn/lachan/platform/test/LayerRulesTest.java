package vn.lachan.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The layer rules every service's {@code LayersTest} applies can fail: over two tiny fixture services (test classes,
 * so imported here directly), the one that keeps the layers passes and the one that breaks each rule once is caught,
 * with the offending dependency named. Without this, a rule that matched nothing would pass every service for ever.
 */
class LayerRulesTest {

    static final String GOOD = "vn.lachan.platform.test.layerfixture.good";
    static final String BAD = "vn.lachan.platform.test.layerfixture.bad";

    static JavaClasses classes(String base) {
        return new ClassFileImporter().importPackages(base);
    }

    static List<DynamicTest> tests(LayerRules rules, String base) {
        return rules.tests(classes(base)).toList();
    }

    @Test
    void aServiceThatKeepsTheLayersPasses() throws Throwable {
        List<DynamicTest> tests = tests(LayerRules.of(GOOD), GOOD);
        assertThat(tests).extracting(DynamicTest::getDisplayName).contains(
                GOOD + ": domain is plain Java", GOOD + ": layers never call back up");
        for (DynamicTest test : tests) {
            test.getExecutable().execute();
        }
    }

    @Test
    void aDomainClassThatUsesSpringIsCaught() {
        assertThatThrownBy(run(LayerRules.of(BAD), BAD, "domain is plain Java")::execute)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(BAD + ".domain.Tally")
                .hasMessageContaining("org.springframework.util.Assert");
    }

    @Test
    void aStoreThatCallsTheApiBackIsCaught() {
        assertThatThrownBy(run(LayerRules.of(BAD), BAD, "layers never call back up")::execute)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(BAD + ".store.TallyStore")
                .hasMessageContaining(BAD + ".api.TallyApi");
    }

    @Test
    void aFrozenViolationIsLeftOutAndAFixedOneMustLeaveTheList() throws Throwable {
        LayerRules frozen = LayerRules.of(BAD)
                .except(".*\\.bad\\.store\\.TallyStore", ".*\\.bad\\.api\\.TallyApi", "fixture: frozen on purpose")
                .except(".*\\.bad\\.domain\\.Tally", "org\\.springframework\\..*", "fixture: frozen on purpose");
        run(frozen, BAD, "layers never call back up").execute();
        run(frozen, BAD, "domain is plain Java").execute();

        LayerRules stale = LayerRules.of(GOOD)
                .except(".*\\.good\\.store\\.TallyStore", ".*\\.good\\.api\\.TallyApi", "fixed long ago");
        assertThatThrownBy(run(stale, GOOD, "frozen")::execute)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no longer happens");
    }

    /** The one test among {@code rules}' tests whose name contains {@code name}. */
    static Executable run(LayerRules rules, String base, String name) {
        List<DynamicTest> matching = tests(rules, base).stream()
                .filter(t -> t.getDisplayName().contains(name)).toList();
        assertThat(matching).as(name).hasSize(1);
        return matching.getFirst().getExecutable();
    }
}
