package vn.lachan.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.test.LocalKeycloak;

/**
 * Idempotency is kept in one place, the platform's {@link Idempotency} and its table {@code idempotency_keys}: this
 * reads the sources of every module and fails when a service keeps keys of its own again — a key or request-hash
 * column left in its schema after its migrations, a table of its own for keys, or code that reads such columns or
 * hashes requests itself.
 */
class OneIdempotencyStoreTest {

    static final Path ROOT = LocalKeycloak.repoRoot();
    static final String PLATFORM_IDEMPOTENCY = "platform/src/main/java/vn/lachan/platform/idempotency/";
    static final String PLATFORM_MIGRATIONS = "platform/src/main/resources/db/platform/";

    /** What only the platform's implementation may say in Java. */
    static final Pattern JAVA_STORE = Pattern.compile(
            "idempotency_key(?!s)|request_hash|class\\s+RequestHashes|sameRequestOrRefuse|lockIdempotencyKey",
            Pattern.CASE_INSENSITIVE);
    static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)\\s*\\((.*?)\\n\\s*\\)\\s*;",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    static final Pattern KEY_COLUMN = Pattern.compile(
            "^\\s*(idempotency_key|request_hash)\\s", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    static final Pattern ADD_COLUMN = Pattern.compile(
            "alter\\s+table\\s+(\\w+)[^;]*?add\\s+column\\s+(?:if\\s+not\\s+exists\\s+)?(idempotency_key|request_hash)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    static final Pattern ALTER_TABLE = Pattern.compile("alter\\s+table\\s+(\\w+)([^;]*);",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    static final Pattern DROP_COLUMN = Pattern.compile(
            "drop\\s+column\\s+(?:if\\s+exists\\s+)?(idempotency_key|request_hash)\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern VERSION = Pattern.compile("^V(\\d+(?:[._]\\d+)*)__.*\\.sql$");

    @Test
    void noJavaOutsideThePlatformsIdempotencyKeepsKeysOrHashesRequests() {
        List<Path> sources = files("src/main/java", ".java");
        assertThat(sources).as("the modules' sources are read").hasSizeGreaterThan(100)
                .anyMatch(p -> rel(p).startsWith(PLATFORM_IDEMPOTENCY));

        List<String> offenders = sources.stream()
                .filter(p -> !rel(p).startsWith(PLATFORM_IDEMPOTENCY))
                .filter(p -> JAVA_STORE.matcher(read(p)).find())
                .map(OneIdempotencyStoreTest::rel)
                .toList();

        assertThat(offenders).as("keep idempotency keys with vn.lachan.platform.idempotency.Idempotency").isEmpty();
    }

    @Test
    void noServiceSchemaKeepsAKeyColumnOrAKeyTableOfItsOwn() {
        Map<String, List<Path>> byService = new TreeMap<>();
        files("src/main/resources/db", ".sql").stream()
                .filter(p -> !rel(p).startsWith(PLATFORM_MIGRATIONS))
                .forEach(p -> byService.computeIfAbsent(p.getParent().toString(), k -> new ArrayList<>()).add(p));
        assertThat(byService).as("the services' migrations are read").hasSizeGreaterThanOrEqualTo(4);

        List<String> offenders = new ArrayList<>();
        byService.forEach((dir, migrations) -> {
            TreeSet<String> keyColumns = new TreeSet<>();
            migrations.stream().sorted(OneIdempotencyStoreTest::byVersion).forEach(m -> {
                String sql = withoutComments(read(m));
                Matcher table = CREATE_TABLE.matcher(sql);
                while (table.find()) {
                    String name = table.group(1).toLowerCase(Locale.ROOT);
                    if (name.contains("idempoten")) {
                        offenders.add(rel(m) + ": table " + name);
                    }
                    Matcher column = KEY_COLUMN.matcher(table.group(2));
                    while (column.find()) {
                        keyColumns.add(name + "." + column.group(1).toLowerCase(Locale.ROOT));
                    }
                }
                Matcher added = ADD_COLUMN.matcher(sql);
                while (added.find()) {
                    keyColumns.add(added.group(1).toLowerCase(Locale.ROOT) + "." + added.group(2).toLowerCase(Locale.ROOT));
                }
                Matcher alter = ALTER_TABLE.matcher(sql);
                while (alter.find()) {
                    Matcher dropped = DROP_COLUMN.matcher(alter.group(2));
                    while (dropped.find()) {
                        keyColumns.remove(alter.group(1).toLowerCase(Locale.ROOT) + "."
                                + dropped.group(1).toLowerCase(Locale.ROOT));
                    }
                }
            });
            keyColumns.forEach(c -> offenders.add(ROOT.relativize(Path.of(dir)) + ": column " + c + " is left"));
        });

        assertThat(offenders).as("keep idempotency keys in the platform's idempotency_keys").isEmpty();
    }

    @Test
    void theSchemaCheckSeesAKeyColumnThatIsLeft() {
        // the reading above, on a schema that keeps a column: it must be found, or the check proves nothing
        String sql = """
                create table things (
                    id uuid primary key,
                    idempotency_key text unique,
                    request_hash text
                );
                alter table things drop column request_hash;""";
        Matcher table = CREATE_TABLE.matcher(sql);
        assertThat(table.find()).isTrue();
        Matcher column = KEY_COLUMN.matcher(table.group(2));
        List<String> found = new ArrayList<>();
        while (column.find()) {
            found.add(column.group(1));
        }
        assertThat(found).containsExactly("idempotency_key", "request_hash");
        Matcher alter = ALTER_TABLE.matcher(sql);
        assertThat(alter.find()).isTrue();
        Matcher dropped = DROP_COLUMN.matcher(alter.group(2));
        assertThat(dropped.find()).isTrue();
        assertThat(dropped.group(1)).isEqualTo("request_hash");
        assertThat(dropped.find()).isFalse();
        assertThat(JAVA_STORE.matcher("select id from tips where idempotency_key = :key").find()).isTrue();
        assertThat(JAVA_STORE.matcher("insert into idempotency_keys (scope) values (:s)").find()).isFalse();
    }

    static List<Path> files(String under, String suffix) {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.map(m -> m.resolve(under)).filter(Files::isDirectory).flatMap(dir -> {
                try {
                    return Files.walk(dir).filter(p -> p.toString().endsWith(suffix)).toList().stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rel(Path p) {
        return ROOT.relativize(p).toString().replace('\\', '/');
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }

    /** Migrations in Flyway's order: V1 < V2 < V10 < V12. */
    static int byVersion(Path a, Path b) {
        List<Integer> x = version(a);
        List<Integer> y = version(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = Integer.compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    static List<Integer> version(Path migration) {
        Matcher v = VERSION.matcher(migration.getFileName().toString());
        if (!v.matches()) {
            return List.of(Integer.MAX_VALUE);
        }
        return Stream.of(v.group(1).split("[._]")).map(Integer::valueOf).toList();
    }
}
