package vn.lachan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * ADR 0004: the registry is the one truth for units; the realm's unit groups and the user profile's unit options are a
 * copy for sign-in. This test fails the build when the copy says anything the registry does not.
 */
class RealmUnitsAgreeWithRegistryTest {

    static final Path REALM = Path.of("..", "k8s", "keycloak", "lachan-realm.json");
    /** Machine clients acting for no unit (ADR 0002); not a unit. */
    static final String NO_UNIT = "he-thong";

    final UnitRegistry registry = UnitRegistryTest.shipped();
    final JsonNode realm = new ObjectMapper().readTree(REALM.toFile());

    @Test
    void everyUnitGroupOfTheRealmIsInTheRegistryWithTheSameKindParentAndValidity() {
        List<String> disagreements = new ArrayList<>();
        int[] seen = {0};
        for (JsonNode top : realm.get("groups")) {
            if (top.get("name").asString().equals("units")) {
                walk(top.get("subGroups"), null, disagreements, seen);
            }
        }
        assertThat(seen[0]).as("unit groups in the realm").isGreaterThan(20);
        assertThat(disagreements).isEmpty();
    }

    private void walk(JsonNode groups, String parent, List<String> disagreements, int[] seen) {
        for (JsonNode group : groups) {
            seen[0]++;
            String code = attribute(group, "code");
            var unit = registry.find(code);
            if (unit.isEmpty()) {
                disagreements.add(code + ": in the realm, not in the registry");
            } else {
                var u = unit.get();
                compare(disagreements, code, "name", group.get("name").asString(), u.code());
                compare(disagreements, code, "kind", attribute(group, "kind"), u.kind());
                compare(disagreements, code, "parent", parent, u.parent());
                compare(disagreements, code, "name_vi", attribute(group, "name_vi"), u.nameVi());
                compare(disagreements, code, "valid_from", attribute(group, "valid_from"), u.validFrom().toString());
                compare(disagreements, code, "valid_to", attribute(group, "valid_to"),
                        u.validTo() == null ? null : u.validTo().toString());
                String successor = attribute(group, "successor");
                if (successor != null && !u.successors().contains(successor)) {
                    disagreements.add(code + ": realm successor " + successor + " not among " + u.successors());
                }
            }
            if (group.has("subGroups")) {
                walk(group.get("subGroups"), code, disagreements, seen);
            }
        }
    }

    @Test
    void everyUnitAUserMayBeGivenIsInTheRegistry() {
        String profile = realm.get("components").toString();
        // the user profile is stored as a JSON string inside the realm; its unit options list the allowed codes
        int at = profile.indexOf("\\\"options\\\":{\\\"options\\\":[");
        assertThat(at).as("unit options in the user profile").isPositive();
        String list = profile.substring(at, profile.indexOf(']', at));
        List<String> codes = new ArrayList<>();
        for (String part : list.split("\\\\\"")) {
            if (part.matches("[a-z0-9][a-z0-9-]{1,59}") && !part.equals("options")) {
                codes.add(part);
            }
        }
        assertThat(codes).hasSizeGreaterThan(20);
        assertThat(codes).allSatisfy(code -> assertThat(code.equals(NO_UNIT) || registry.find(code).isPresent())
                .as(code).isTrue());
    }

    private static String attribute(JsonNode group, String name) {
        JsonNode values = group.path("attributes").path(name);
        return values.isArray() && !values.isEmpty() ? values.get(0).asString() : null;
    }

    private static void compare(List<String> disagreements, String code, String what, String realm, String registry) {
        if (realm == null ? registry != null : !realm.equals(registry)) {
            disagreements.add(code + ": " + what + " is '" + realm + "' in the realm, '" + registry + "' in the registry");
        }
    }
}
