package vn.lachan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lachan.platform.test.LocalKeycloak;

/**
 * The realm file (k8s/keycloak/lachan-realm.json) read as data, against the roles the code knows ({@link Roles}):
 * who must give a one-time code, which scope puts the API audience into tokens, what the service accounts may do.
 */
class RealmSecurityTest {

    static final String OTP_ROLE = "otp-required";
    static JsonNode realm;

    @BeforeAll
    static void readRealm() throws Exception {
        realm = JsonMapper.builder().build().readTree(
                Files.readString(LocalKeycloak.repoRoot().resolve(LocalKeycloak.REALM_FILE)));
    }

    @Test
    void everyRoleOfTheCodeIsARealmRoleAndEitherNeedsASecondFactorOrNot() {
        Set<String> realmRoles = new HashSet<>();
        realm.path("roles").path("realm").forEach(role -> realmRoles.add(role.path("name").asString()));
        assertThat(Roles.all()).hasSizeGreaterThan(10);
        assertThat(realmRoles).containsAll(Roles.all());
        for (String role : Roles.all()) {
            int sets = (Roles.SECOND_FACTOR.contains(role) ? 1 : 0) + (Roles.PASSWORD_ONLY.contains(role) ? 1 : 0)
                    + (Roles.PLATFORM_ONLY.contains(role) ? 1 : 0);
            assertThat(sets).as("%s is in exactly one of Roles.SECOND_FACTOR, PASSWORD_ONLY and PLATFORM_ONLY", role)
                    .isEqualTo(1);
        }
        assertThat(Roles.all()).containsAll(Roles.SECOND_FACTOR).containsAll(Roles.PASSWORD_ONLY)
                .containsAll(Roles.PLATFORM_ONLY);
        // the roles that read personal data or approve money, named in the issue, are among them
        assertThat(Roles.SECOND_FACTOR).contains(Roles.PROCURATOR, Roles.PERSONAL_DATA, Roles.AUDITOR,
                Roles.BUDGET_APPROVER, Roles.INVESTIGATOR, Roles.BANK_LIAISON);
    }

    @Test
    void everyRoleThatReadsPersonalDataOrApprovesMoneyGrantsOtpRequiredThroughItsGroupAndNoOtherDoes() throws Exception {
        Map<String, List<String>> groups = roleGroups();
        for (String role : Roles.all()) {
            List<String> granted = groups.get(role);
            assertThat(granted).as("the role group /roles/%s", role).isNotNull().contains(role);
            assertThat(granted.contains(OTP_ROLE)).as("/roles/%s grants %s", role, OTP_ROLE)
                    .isEqualTo(Roles.SECOND_FACTOR.contains(role));
        }
        // a user gets roles only through these groups, so no user (the dev seed users included) holds such a role
        // without otp-required
        JsonNode seed = JsonMapper.builder().build().readTree(Files.readString(
                LocalKeycloak.repoRoot().resolve(LocalKeycloak.DEV_DIR).resolve("lachan-users-0.json")));
        assertThat(seed.path("users").size()).isGreaterThan(10);
        for (JsonNode users : List.of(realm.path("users"), seed.path("users"))) {
            for (JsonNode user : users) {
                assertThat(user.path("realmRoles").valueStream().map(JsonNode::asString))
                        .as(user.path("username").asString()).allMatch(role -> role.equals("default-roles-lachan"));
                assertThat(user.path("clientRoles").isEmpty()).as(user.path("username").asString()).isTrue();
                // a platform-only role is a service account's: no person holds one
                if (!user.path("username").asString().startsWith("service-account-")) {
                    assertThat(strings(user.path("groups"))).as(user.path("username").asString())
                            .noneMatch(g -> Roles.PLATFORM_ONLY.stream().anyMatch(r -> g.equals("/roles/" + r)));
                }
            }
        }
    }

    @Test
    void theProductionBrowserFlowAsksForTheOneTimeCodeWhenTheUserHoldsOtpRequired() {
        JsonNode forms = flow("browser-with-role-otp forms");
        JsonNode conditional = flow("browser-with-role-otp conditional otp");
        assertThat(flow("browser-with-role-otp").path("authenticationExecutions").valueStream()
                .anyMatch(step -> "browser-with-role-otp forms".equals(step.path("flowAlias").asString())
                        && "ALTERNATIVE".equals(step.path("requirement").asString()))).isTrue();
        assertThat(forms.path("authenticationExecutions").valueStream()
                .anyMatch(step -> "browser-with-role-otp conditional otp".equals(step.path("flowAlias").asString())
                        && "CONDITIONAL".equals(step.path("requirement").asString()))).isTrue();
        String configAlias = null;
        boolean otpForm = false;
        for (JsonNode step : conditional.path("authenticationExecutions")) {
            if ("conditional-user-role".equals(step.path("authenticator").asString())) {
                configAlias = step.path("authenticatorConfig").asString();
            }
            otpForm |= "auth-otp-form".equals(step.path("authenticator").asString())
                    && "REQUIRED".equals(step.path("requirement").asString());
        }
        assertThat(otpForm).as("OTP Form REQUIRED under the condition").isTrue();
        String alias = configAlias;
        JsonNode config = realm.path("authenticatorConfig").valueStream()
                .filter(c -> c.path("alias").asString().equals(alias)).findFirst().orElseThrow();
        assertThat(config.path("config").path("condUserRole").asString()).isEqualTo(OTP_ROLE);
        assertThat(config.path("config").path("negate").asString()).isEqualTo("false");
        // production binds it (and refuses the password grant, which would skip it); dev keeps the plain flow
        assertThat(realm.path("browserFlow").asString()).isEqualTo("${LACHAN_BROWSER_FLOW:browser}");
        assertThat(realm.path("directGrantFlow").asString()).isEqualTo("${LACHAN_DIRECT_GRANT_FLOW:direct grant}");
    }

    @Test
    void theApiAudienceIsNotADefaultScopeOfNewClientsButEveryApplicationClientAsksForIt() {
        Set<String> audienceScopes = new TreeSet<>();
        for (JsonNode scope : realm.path("clientScopes")) {
            for (JsonNode mapper : scope.path("protocolMappers")) {
                if ("oidc-audience-mapper".equals(mapper.path("protocolMapper").asString())
                        && "lachan-api".equals(mapper.path("config").path("included.custom.audience").asString())) {
                    audienceScopes.add(scope.path("name").asString());
                }
            }
        }
        assertThat(audienceScopes).containsExactly("lachan");
        assertThat(strings(realm.path("defaultDefaultClientScopes"))).doesNotContain("lachan").contains("basic");
        assertThat(strings(realm.path("defaultOptionalClientScopes"))).doesNotContain("lachan");
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asString();
            boolean keycloaks = Set.of("account", "account-console", "security-admin-console", "admin-cli", "broker",
                    "realm-management").contains(id);
            assertThat(strings(client.path("defaultClientScopes")).contains("lachan")).as(id).isEqualTo(!keycloaks);
            assertThat(strings(client.path("optionalClientScopes"))).as(id).doesNotContain("lachan");
        }
    }

    @Test
    void thePlatformsServiceAccountsHoldNoRoleThatReadsPersonalDataOrApprovesMoney() {
        Map<String, List<String>> groups = roleGroups();
        Map<String, String> unitOfClient = new TreeMap<>();
        for (JsonNode client : realm.path("clients")) {
            for (JsonNode mapper : client.path("protocolMappers")) {
                if ("unit".equals(mapper.path("config").path("claim.name").asString())) {
                    unitOfClient.put(client.path("clientId").asString(), mapper.path("config").path("claim.value").asString());
                }
            }
        }
        List<String> serviceAccounts = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            String client = user.path("serviceAccountClientId").asString(null);
            if (client == null) {
                continue;
            }
            serviceAccounts.add(client);
            Set<String> roles = new TreeSet<>();
            for (JsonNode group : user.path("groups")) {
                String path = group.asString();
                if (path.startsWith("/roles/")) {
                    roles.addAll(groups.get(path.substring("/roles/".length())));
                }
            }
            assertThat(user.path("realmRoles").isEmpty()).as(client).isTrue();
            if (Caller.SYSTEM_UNIT.equals(unitOfClient.get(client))) {
                // the platform's own services act for no unit: consolidated figures, or a platform-only duty
                assertThat(roles).as(client).isNotEmpty()
                        .allMatch(role -> Roles.PASSWORD_ONLY.contains(role) || Roles.PLATFORM_ONLY.contains(role));
            } else {
                // an outside integration acts for its own unit, with the roles of that unit's people
                assertThat(unitOfClient.get(client)).as(client).isNotBlank();
                assertThat(roles).as(client).doesNotContainAnyElementsOf(Roles.PLATFORM_ONLY);
                assertThat(roles).as(client).doesNotContain(Roles.PERSONAL_DATA, Roles.ADMIN, Roles.INVESTIGATOR,
                        Roles.TIP_INTAKE, Roles.POLICE_LEADER, Roles.AUDITOR, Roles.BUDGET_APPROVER);
            }
        }
        assertThat(serviceAccounts).isNotEmpty();
        // every confidential client with a service account has its service-account user in the file, and no other
        for (JsonNode client : realm.path("clients")) {
            if (client.path("serviceAccountsEnabled").asBoolean(false)) {
                assertThat(serviceAccounts).contains(client.path("clientId").asString());
            }
        }
    }

    /** Role group name → the realm roles it grants. */
    static Map<String, List<String>> roleGroups() {
        Map<String, List<String>> groups = new TreeMap<>();
        for (JsonNode group : realm.path("groups")) {
            if ("roles".equals(group.path("name").asString())) {
                for (JsonNode sub : group.path("subGroups")) {
                    groups.put(sub.path("name").asString(), strings(sub.path("realmRoles")));
                }
            }
        }
        return groups;
    }

    static JsonNode flow(String alias) {
        return realm.path("authenticationFlows").valueStream()
                .filter(flow -> alias.equals(flow.path("alias").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no authentication flow " + alias));
    }

    static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
