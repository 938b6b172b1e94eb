package vn.lachan.tip.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Roles;
import vn.lachan.platform.test.LocalKeycloak;
import vn.lachan.tip.publictips.domain.PublicTipAccess;

/**
 * The roles tip-service's own rules let read personal data (a tip's narrative, a public tipster's messages and
 * contact) all need a second factor at login, and no service account of the realm may read them: derived from the
 * access rules themselves, so a role added to them without OTP is caught here.
 */
class SecondFactorRolesTest {

    @Test
    void everyRoleThatMayReadNarrativesThreadsOrContactsNeedsASecondFactor() {
        for (String role : Roles.all()) {
            for (String unit : new String[] {"cong-an-tinh", "huyen-cao-lanh", Caller.SYSTEM_UNIT}) {
                Caller caller = new Caller("someone", "someone", unit, Set.of(role));
                if (readsPersonalData(caller)) {
                    assertThat(Roles.SECOND_FACTOR).as(role + " reads personal data in tip-service").contains(role);
                }
            }
        }
    }

    @Test
    void noServiceAccountOfTheRealmReadsNarrativesThreadsOrContacts() throws Exception {
        JsonObject realm = JsonParser.parseString(Files.readString(
                LocalKeycloak.repoRoot().resolve(LocalKeycloak.REALM_FILE))).getAsJsonObject();
        Map<String, Set<String>> groupRoles = new HashMap<>();
        for (JsonElement group : realm.getAsJsonArray("groups")) {
            if (group.getAsJsonObject().get("name").getAsString().equals("roles")) {
                for (JsonElement sub : group.getAsJsonObject().getAsJsonArray("subGroups")) {
                    Set<String> roles = new HashSet<>();
                    sub.getAsJsonObject().getAsJsonArray("realmRoles").forEach(role -> roles.add(role.getAsString()));
                    groupRoles.put(sub.getAsJsonObject().get("path").getAsString(), roles);
                }
            }
        }
        int serviceAccounts = 0;
        for (JsonElement element : realm.getAsJsonArray("users")) {
            JsonObject user = element.getAsJsonObject();
            if (!user.has("serviceAccountClientId")) {
                continue;
            }
            serviceAccounts++;
            Set<String> roles = new HashSet<>();
            user.getAsJsonArray("groups").forEach(group -> roles.addAll(groupRoles.getOrDefault(group.getAsString(), Set.of())));
            String client = user.get("serviceAccountClientId").getAsString();
            for (String unit : new String[] {Caller.SYSTEM_UNIT, "cong-an-tinh"}) {
                assertThat(readsPersonalData(new Caller("sa", client, unit, roles))).as(client + " " + roles).isFalse();
            }
        }
        assertThat(serviceAccounts).isPositive();
    }

    static boolean readsPersonalData(Caller caller) {
        if (TipAccess.maySeeNarrative(caller) || PublicTipAccess.maySeeContact(caller)) {
            return true;
        }
        try {
            PublicTipAccess.checkReadThread(caller);
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        }
    }
}
