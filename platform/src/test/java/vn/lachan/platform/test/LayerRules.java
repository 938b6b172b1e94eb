package vn.lachan.platform.test;

import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The layers every service keeps, checked by ArchUnit on its compiled classes.
 *
 * <p>A service with base package {@code B} (or, organised by feature, {@code B.<feature>}) has:
 * <ul>
 *   <li>{@code ..api} — the gRPC adapters: translate the contract, call the application;</li>
 *   <li>the application services in {@code B} (or {@code B.<feature>}) itself: transactions, access, orchestration;</li>
 *   <li>{@code ..store}, {@code ..peer}, {@code ..document} — the outside world the application drives:
 *       SQL, other services, files;</li>
 *   <li>{@code ..domain} — plain Java: the rules, values and decisions.</li>
 * </ul>
 *
 * <p>Two rules follow. <b>The domain is plain Java</b>: no Spring, gRPC, protobuf, generated contract, SQL or
 * platform adapter code. <b>Layers never call back up</b>: nothing depends on {@code api}; only {@code api} uses the
 * application; only the application uses store, peer and document; the domain uses no other layer.
 *
 * <p>A service applies them in one test:
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> layers() {
 *     return LayerRules.of("vn.lachan.budget").tests();
 * }
 * }</pre>
 * A violation too large to fix at once is frozen with {@link #except}, naming the dependency and why; an exception
 * that no longer matches any dependency fails the check, so the list only shrinks.
 */
public final class LayerRules {

    /** What the domain may not use: frameworks, wire formats, SQL, and the platform's adapter helpers. */
    static final String[] NOT_IN_DOMAIN = {
        "org.springframework..",
        "io.grpc..",
        "com.google.protobuf..",
        "com.google.type..",
        "com.google.rpc..",
        "com.google.api..",
        "vn.lachan.*.v1..",
        "java.sql..",
        "javax.sql..",
        "org.postgresql..",
        "org.flywaydb..",
        "tools.jackson..",
        "com.fasterxml.jackson..",
        "jakarta.servlet..",
        "vn.lachan.platform.api..",
        "vn.lachan.platform.grpc..",
        "vn.lachan.platform.rest..",
        "vn.lachan.platform.peer..",
        "vn.lachan.platform.idempotency..",
        "vn.lachan.platform.audit..",
        "vn.lachan.platform.migration..",
        "vn.lachan.platform.config..",
    };

    private static final List<String> OUTER = List.of("api", "store", "peer", "document", "domain");

    private final String base;
    private final List<KnownViolation> known = new ArrayList<>();

    private LayerRules(String base) {
        this.base = base;
    }

    /** The rules for the service whose classes live under {@code basePackage}, e.g. {@code vn.lachan.budget}. */
    public static LayerRules of(String basePackage) {
        return new LayerRules(basePackage);
    }

    /**
     * Freezes a known violation: dependencies from classes named like {@code origin} to classes named like
     * {@code target} (regular expressions over fully qualified names, nested classes included) are not reported.
     * {@code why} says why it stays for now; it shows in the test's name.
     */
    public LayerRules except(String origin, String target, String why) {
        known.add(new KnownViolation(Pattern.compile(origin), Pattern.compile(target), why));
        return this;
    }

    /** The service's own production classes: no tests, no jars, no generated contract. */
    public JavaClasses importClasses() {
        ImportOption notGenerated = location -> !location.matches(Pattern.compile(".*/vn/lachan/[^/]+/v1/.*"));
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .withImportOption(notGenerated)
                .importPackages(base);
    }

    /** The rules, with the known violations left out. */
    public Map<String, ArchRule> rules() {
        DescribedPredicate<Dependency> frozen = frozen();
        PackageMatchers notInDomain = PackageMatchers.of(NOT_IN_DOMAIN);
        DescribedPredicate<Dependency> forbidden = DescribedPredicate.describe(
                "its target is in " + String.join(", ", NOT_IN_DOMAIN),
                (Dependency d) -> notInDomain.test(d.getTargetClass().getBaseComponentType().getPackageName()));
        ArchRule domainIsPlainJava = classes()
                .that().resideInAPackage(layer("domain"))
                .should(ArchConditions.onlyHaveDependenciesWhere(DescribedPredicate.not(forbidden).or(frozen)))
                .because("the domain is plain Java: rules, values and decisions, testable without a framework")
                .allowEmptyShould(true);
        LayeredArchitecture layers = layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Api").definedBy(layer("api"))
                .layer("Application").definedBy(application())
                .layer("Store").definedBy(layer("store"))
                .layer("Peer").definedBy(layer("peer"))
                .layer("Document").definedBy(layer("document"))
                .layer("Domain").definedBy(layer("domain"))
                .whereLayer("Api").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Api")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Peer").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Document").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Api", "Application", "Store", "Peer", "Document");
        for (KnownViolation violation : known) {
            layers = layers.ignoreDependency(nameMatching(violation.origin().pattern()),
                    nameMatching(violation.target().pattern()));
        }
        ArchRule layersNeverCallBackUp = layers
                .because("api → application → store, peer, document → domain; never back up");
        return Map.of(
                "domain is plain Java", domainIsPlainJava,
                "layers never call back up", layersNeverCallBackUp);
    }

    /** One test per rule, plus one that every frozen violation still exists (fixed ones must leave the list). */
    public Stream<DynamicTest> tests() {
        return tests(importClasses());
    }

    /** The same tests over the given classes (e.g. the fixtures that prove the rules catch a violation). */
    public Stream<DynamicTest> tests(JavaClasses classes) {
        Stream<DynamicTest> rules = rules().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(rule -> DynamicTest.dynamicTest(base + ": " + rule.getKey(), () -> rule.getValue().check(classes)));
        Stream<DynamicTest> stillNeeded = known.stream()
                .map(violation -> DynamicTest.dynamicTest(base + ": frozen " + violation, () -> {
                    boolean happens = classes.stream()
                            .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                            .anyMatch(violation::matches);
                    if (!happens) {
                        throw new AssertionError("The frozen violation " + violation
                                + " no longer happens: remove it from the exceptions");
                    }
                }));
        DynamicTest notEmpty = DynamicTest.dynamicTest(base + ": classes found", () -> {
            if (classes.stream().noneMatch(c -> c.getPackageName().contains(".domain"))) {
                throw new AssertionError("No domain classes under " + base + ": is the base package right?");
            }
        });
        return Stream.concat(Stream.of(notEmpty), Stream.concat(rules, stillNeeded));
    }

    private String layer(String name) {
        return base + ".." + name + "..";
    }

    /** The application services: the service's classes outside every named layer. */
    private DescribedPredicate<JavaClass> application() {
        return DescribedPredicate.describe("the application services of " + base, (JavaClass c) -> {
            String pkg = c.getPackageName();
            if (!pkg.equals(base) && !pkg.startsWith(base + ".")) {
                return false;
            }
            return OUTER.stream().noneMatch(name -> PackageMatcher.of(layer(name)).matches(pkg))
                    && !PackageMatcher.of("vn.lachan.*.v1..").matches(pkg);
        });
    }

    private DescribedPredicate<Dependency> frozen() {
        return DescribedPredicate.describe("it is one of the " + known.size() + " frozen violations",
                (Dependency d) -> known.stream().anyMatch(k -> k.matches(d)));
    }

    private record KnownViolation(Pattern origin, Pattern target, String why) {

        boolean matches(Dependency dependency) {
            return origin.matcher(dependency.getOriginClass().getName()).matches()
                    && target.matcher(dependency.getTargetClass().getName()).matches();
        }

        @Override
        public String toString() {
            return origin.pattern() + " → " + target.pattern() + " (" + why + ")";
        }
    }
}
