package vn.dvc.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;

/**
 * The realm file is generated from the group directory and the demo accounts; this test keeps the
 * committed file equal to what the code generates.
 */
class RealmFileTest {

  static final Path REALM_FILE = Path.of("keycloak/dvc-realm.json");
  static final Path DEMO_USERS_FILE = Path.of("keycloak/demo/dvc-users-0.json");

  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private AdministrativeUnits units;
  private JsonNode generated;
  private JsonNode demoUsers;

  @BeforeEach
  void generate() throws IOException {
    units = new AdministrativeUnits(json);
    KeycloakRealm realm = new KeycloakRealm(json, new GroupDirectory(units), "demo");
    generated = realm.build();
    demoUsers = realm.buildDemoUsers();
    if (Boolean.getBoolean("dvc.realm.regenerate")) {
      Files.writeString(REALM_FILE, json.writeValueAsString(generated) + "\n");
      Files.createDirectories(DEMO_USERS_FILE.getParent());
      Files.writeString(DEMO_USERS_FILE, json.writeValueAsString(demoUsers) + "\n");
    }
  }

  @Test
  void committedRealmFileIsTheGeneratedOne() throws IOException {
    assertThat(json.readTree(REALM_FILE.toFile()))
        .as(
            "keycloak/dvc-realm.json is stale; regenerate it with"
                + " ./mvnw test -Dtest=RealmFileTest -Ddvc.realm.regenerate=true")
        .isEqualTo(generated);
    assertThat(json.readTree(DEMO_USERS_FILE.toFile()))
        .as("keycloak/demo/dvc-users-0.json is stale; regenerate it as above")
        .isEqualTo(demoUsers);
  }

  @Test
  void theRealmLocksNobodyOutForGood() {
    assertThat(generated.path("bruteForceProtected").asBoolean()).isTrue();
    assertThat(generated.path("permanentLockout").isBoolean()).isTrue();
    assertThat(generated.path("permanentLockout").asBoolean()).isFalse();
    // Keycloak 24+: after this many temporary lockouts a permanent one; 0 means never.
    assertThat(generated.path("maxTemporaryLockouts").isInt()).isTrue();
    assertThat(generated.path("maxTemporaryLockouts").asInt()).isZero();
    assertThat(generated.path("maxFailureWaitSeconds").asInt()).isBetween(1, 900);
  }

  @Test
  void theRealmHasNoPasswordsOnlyTheEnginesServiceAccount() {
    assertThat(generated.path("users"))
        .singleElement()
        .satisfies(
            u -> assertThat(u.path("serviceAccountClientId").asText()).isEqualTo("camunda-engine"))
        .satisfies(u -> assertThat(u.has("credentials")).isFalse());
  }

  @Test
  void everyCommuneHasItsOfficersChairAndPoliceAndEveryProvinceItsAgencies() {
    Set<String> groups = groupNames();
    for (Commune commune : units.communes()) {
      assertThat(groups)
          .contains(
              "commune-" + commune.code() + "-civil-status",
              "commune-" + commune.code() + "-chair",
              "commune-" + commune.code() + "-police",
              "province-" + commune.provinceCode() + "-supervisors",
              "province-" + commune.provinceCode() + "-social-security",
              "province-" + commune.provinceCode() + "-land-registry");
    }
    assertThat(groups).contains("camunda-admin", "analysts", "auditors", "province-96-tax");
  }

  @Test
  void demoUsersBelongToExistingGroupsAndCitizensCarryTheirPin() {
    Set<String> groups = groupNames();
    for (JsonNode user : demoUsers.path("users")) {
      for (JsonNode group : user.path("groups")) {
        assertThat(groups).contains(group.asText().substring(1));
      }
    }
    assertThat(demoUsers.path("users"))
        .filteredOn(u -> u.path("username").asText().equals("citizen.uyen"))
        .singleElement()
        .satisfies(
            u ->
                assertThat(u.path("attributes").path("pin").get(0).asText())
                    .isEqualTo("001194779591"));
  }

  @Test
  void portalIsAPublicClientWithPkceAndNoClientAllowsThePasswordGrant() {
    JsonNode portal = client("portal");
    assertThat(portal.path("publicClient").asBoolean()).isTrue();
    assertThat(portal.path("attributes").path("pkce.code.challenge.method").asText())
        .isEqualTo("S256");
    assertThat(generated.path("clients"))
        .allSatisfy(c -> assertThat(c.path("directAccessGrantsEnabled").asBoolean()).isFalse());
  }

  private JsonNode client(String id) {
    for (JsonNode client : generated.path("clients")) {
      if (client.path("clientId").asText().equals(id)) {
        return client;
      }
    }
    throw new AssertionError("No client " + id);
  }

  private Set<String> groupNames() {
    Set<String> names = new HashSet<>();
    generated.path("groups").forEach(g -> names.add(g.path("name").asText()));
    return names;
  }
}
