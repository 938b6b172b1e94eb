package vn.lachan.tip.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.platform.test.LocalKeycloak;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * tip-service's unit table (V6__attachments_and_reference_data.sql) holds every unit of the realm with its kind, last
 * day and successor, so a unit added to the realm without a migration is caught here. Shares TipApiTest's context.
 */
@RealInfrastructure(database = "lachan_tip", keycloak = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=tip-api-test"})
class UnitsMatchRealmTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyUnitOfTheRealmIsKnownWithItsKindLastDayAndSuccessor() throws Exception {
        JsonObject realm = JsonParser.parseString(Files.readString(
                LocalKeycloak.repoRoot().resolve(LocalKeycloak.REALM_FILE))).getAsJsonObject();
        List<String> inRealm = new ArrayList<>();
        for (JsonElement group : realm.getAsJsonArray("groups")) {
            if (group.getAsJsonObject().get("name").getAsString().equals("units")) {
                collect(group.getAsJsonObject().getAsJsonArray("subGroups"), inRealm);
            }
        }
        List<String> inTable = jdbc.sql("""
                select code || ' ' || kind || ' ' || coalesce(cast(valid_to as text), '-') || ' ' || coalesce(successor, '-')
                from units""").query(String.class).list();
        assertThat(inRealm).hasSizeGreaterThan(20);
        assertThat(inTable).containsExactlyInAnyOrderElementsOf(inRealm);
    }

    private static void collect(JsonArray groups, List<String> units) {
        for (JsonElement element : groups) {
            JsonObject group = element.getAsJsonObject();
            JsonObject attributes = group.getAsJsonObject("attributes");
            units.add(first(attributes, "code") + " " + first(attributes, "kind") + " " + first(attributes, "valid_to")
                    + " " + first(attributes, "successor"));
            if (group.has("subGroups")) {
                collect(group.getAsJsonArray("subGroups"), units);
            }
        }
    }

    private static String first(JsonObject attributes, String name) {
        return attributes.has(name) ? attributes.getAsJsonArray(name).get(0).getAsString() : "-";
    }
}
