package vn.dvc.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The Keycloak realm {@code dvc} as code: its groups come from the {@link GroupDirectory}, its
 * staff users from the demo accounts, so the realm file in {@code keycloak/dvc-realm.json} is
 * generated, never edited by hand (RealmFileTest fails when it is stale and says how to regenerate
 * it).
 *
 * <p>Secrets and URLs are Keycloak import placeholders ({@code ${DVC_…:default}}), resolved from
 * the environment of the Keycloak server, so one file serves the laptop, the tests and production.
 */
final class KeycloakRealm {

  static final String NAME = "dvc";

  /** The audience every token for our APIs must carry. */
  static final String API_AUDIENCE = "dossier-api";

  static final String ENGINE_CLIENT = "camunda-engine";
  static final String WEBAPP_CLIENT = "camunda-webapp";
  static final String PORTAL_CLIENT = "portal";

  /** Citizens who sign in through the portal; in production they come brokered from VNeID. */
  record DemoCitizen(String username, String firstName, String lastName, String pin) {}

  static final List<DemoCitizen> CITIZENS =
      List.of(
          new DemoCitizen("citizen.uyen", "Uyên", "Phan Mai", "001194779591"),
          new DemoCitizen("citizen.my", "My", "Trần Kim", "011198949974"));

  static final String ADMINISTRATOR = "demo";

  private final ObjectMapper json;
  private final GroupDirectory groups;
  private final String demoPassword;

  KeycloakRealm(ObjectMapper json, GroupDirectory groups, String demoPassword) {
    this.json = json;
    this.groups = groups;
    this.demoPassword = demoPassword;
  }

  ObjectNode build() {
    ObjectNode realm = json.createObjectNode();
    realm.put("realm", NAME);
    realm.put("displayName", "Dịch vụ công trực tuyến — DVC workflow");
    realm.put("enabled", true);
    realm.put("sslRequired", "external");
    realm.put("accessTokenLifespan", 300);
    realm.put("ssoSessionIdleTimeout", 1800);
    // Keycloak counts wrong passwords per user, whoever sends them: only ever a temporary wait
    // (30 failures, then 1 minute growing to 15), never a lockout that needs an administrator.
    realm.put("bruteForceProtected", true);
    realm.put("permanentLockout", false);
    realm.put("maxTemporaryLockouts", 0);
    realm.put("failureFactor", 30);
    realm.put("waitIncrementSeconds", 60);
    realm.put("maxFailureWaitSeconds", 900);
    realm.put("internationalizationEnabled", true);
    realm.putArray("supportedLocales").add("vi").add("en");
    realm.put("defaultLocale", "vi");

    ArrayNode groupList = realm.putArray("groups");
    for (GroupDirectory.GroupDefinition group : groups.all()) {
      ObjectNode node = groupList.addObject();
      node.put("name", group.id());
      node.putObject("attributes").putArray("description").add(group.name());
    }

    ArrayNode clients = realm.putArray("clients");
    clients.add(engineClient());
    clients.add(webappClient());
    clients.add(apiClient());
    clients.add(portalClient());

    // The only user the realm itself needs; people are added by administrators (or brokered from
    // VNeID), and the demo people come from a separate file, imported only where wanted.
    realm.putArray("users").add(engineServiceAccount());

    realm
        .putObject("components")
        .putArray("org.keycloak.userprofile.UserProfileProvider")
        .addObject()
        .put("providerId", "declarative-user-profile")
        .putObject("config")
        .putArray("kc.user.profile.config")
        .add(userProfile());
    return realm;
  }

  /**
   * The demo accounts, in Keycloak's users file format ({@code dvc-users-0.json}): imported next to
   * the realm by {@code keycloak/start.sh} and the tests, never in production, where they would be
   * known passwords.
   */
  ObjectNode buildDemoUsers() {
    ObjectNode file = json.createObjectNode();
    file.put("realm", NAME);
    ArrayNode users = file.putArray("users");
    users.add(
        user(ADMINISTRATOR, "Demo", "Administrator", List.of(Groups.ADMINISTRATORS), Map.of()));
    for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
      users.add(
          user(
              account.id(),
              account.firstName(),
              account.lastName(),
              List.of(account.group()),
              Map.of()));
    }
    for (DemoCitizen citizen : CITIZENS) {
      users.add(
          user(
              citizen.username(),
              citizen.firstName(),
              citizen.lastName(),
              List.of(),
              Map.of("pin", citizen.pin())));
    }
    return file;
  }

  /** The engine's identity provider reads users and groups with this client's service account. */
  private ObjectNode engineClient() {
    ObjectNode client = client(ENGINE_CLIENT, "Camunda engine (identity provider)");
    client.put("publicClient", false);
    client.put("secret", "${DVC_ENGINE_CLIENT_SECRET:engine-secret}");
    client.put("standardFlowEnabled", false);
    client.put("serviceAccountsEnabled", true);
    return client;
  }

  /** Tasklist, Cockpit and Admin sign in with the authorization code flow. */
  private ObjectNode webappClient() {
    ObjectNode client = client(WEBAPP_CLIENT, "Camunda Tasklist, Cockpit and Admin");
    client.put("publicClient", false);
    client.put("secret", "${DVC_WEBAPP_CLIENT_SECRET:webapp-secret}");
    client.put("standardFlowEnabled", true);
    client.put("rootUrl", "${DVC_APP_URL:http://localhost:8080}");
    client.putArray("redirectUris").add("/login/oauth2/code/keycloak");
    client.putArray("webOrigins").add("+");
    client.putObject("attributes").put("post.logout.redirect.uris", "+");
    ArrayNode mappers = client.putArray("protocolMappers");
    mappers.add(groupsMapper());
    mappers.add(audienceMapper());
    return client;
  }

  /** The resource server: it never signs anyone in, it is the audience of the tokens. */
  private ObjectNode apiClient() {
    ObjectNode client = client(API_AUDIENCE, "Dossier API and engine REST API");
    client.put("publicClient", false);
    client.put("bearerOnly", true);
    client.put("standardFlowEnabled", false);
    return client;
  }

  /**
   * The citizens' portal: a public client (a browser or phone app keeps no secret), hence PKCE. Its
   * tokens carry the citizen's PIN, which the Dossier API scopes everything by.
   */
  private ObjectNode portalClient() {
    ObjectNode client = client(PORTAL_CLIENT, "Citizens' portal");
    client.put("publicClient", true);
    client.put("standardFlowEnabled", true);
    client.put("rootUrl", "${DVC_PORTAL_URL:http://localhost:3000}");
    client.putArray("redirectUris").add("/*");
    client.putArray("webOrigins").add("+");
    client
        .putObject("attributes")
        .put("pkce.code.challenge.method", "S256")
        .put("post.logout.redirect.uris", "+");
    ArrayNode mappers = client.putArray("protocolMappers");
    mappers.add(groupsMapper());
    mappers.add(audienceMapper());
    mappers.add(pinMapper());
    return client;
  }

  private ObjectNode client(String clientId, String name) {
    ObjectNode client = json.createObjectNode();
    client.put("clientId", clientId);
    client.put("name", name);
    client.put("enabled", true);
    client.put("protocol", "openid-connect");
    client.put("directAccessGrantsEnabled", false);
    client.put("implicitFlowEnabled", false);
    return client;
  }

  /** Group names, not paths: the convention's names are the Camunda group ids. */
  private ObjectNode groupsMapper() {
    ObjectNode mapper = mapper("groups", "oidc-group-membership-mapper");
    mapper
        .withObject("config")
        .put("full.path", "false")
        .put("claim.name", "groups")
        .put("id.token.claim", "true")
        .put("access.token.claim", "true")
        .put("userinfo.token.claim", "true");
    return mapper;
  }

  private ObjectNode audienceMapper() {
    ObjectNode mapper = mapper("audience " + API_AUDIENCE, "oidc-audience-mapper");
    mapper
        .withObject("config")
        .put("included.client.audience", API_AUDIENCE)
        .put("access.token.claim", "true")
        .put("id.token.claim", "false");
    return mapper;
  }

  private ObjectNode pinMapper() {
    ObjectNode mapper = mapper("pin", "oidc-usermodel-attribute-mapper");
    mapper
        .withObject("config")
        .put("user.attribute", "pin")
        .put("claim.name", "pin")
        .put("jsonType.label", "String")
        .put("id.token.claim", "true")
        .put("access.token.claim", "true")
        .put("userinfo.token.claim", "true");
    return mapper;
  }

  private ObjectNode mapper(String name, String type) {
    ObjectNode mapper = json.createObjectNode();
    mapper.put("name", name);
    mapper.put("protocol", "openid-connect");
    mapper.put("protocolMapper", type);
    mapper.putObject("config");
    return mapper;
  }

  private ObjectNode user(
      String username,
      String firstName,
      String lastName,
      List<String> groupIds,
      Map<String, String> attributes) {
    ObjectNode user = json.createObjectNode();
    user.put("username", username);
    user.put("enabled", true);
    user.put("firstName", firstName);
    user.put("lastName", lastName);
    user.put("email", username + "@demo.invalid");
    user.put("emailVerified", true);
    user.putArray("credentials")
        .addObject()
        .put("type", "password")
        .put("value", demoPassword)
        .put("temporary", false);
    ArrayNode memberOf = user.putArray("groups");
    groupIds.forEach(g -> memberOf.add("/" + g));
    ObjectNode attributeNode = user.putObject("attributes");
    attributes.forEach((k, v) -> attributeNode.putArray(k).add(v));
    return user;
  }

  /** Only what the identity provider needs: reading users and groups, nothing it could change. */
  private ObjectNode engineServiceAccount() {
    ObjectNode user = json.createObjectNode();
    user.put("username", "service-account-" + ENGINE_CLIENT);
    user.put("enabled", true);
    user.put("serviceAccountClientId", ENGINE_CLIENT);
    user.putObject("clientRoles")
        .putArray("realm-management")
        .add("view-users")
        .add("query-users")
        .add("query-groups");
    return user;
  }

  /**
   * Keycloak 24+ drops user attributes its user profile does not declare, so the PIN is declared:
   * citizens cannot edit it, only administrators (or the VNeID broker) set it.
   */
  private String userProfile() {
    ObjectNode profile = json.createObjectNode();
    ArrayNode attributes = profile.putArray("attributes");
    attributes.add(profileAttribute("username", "Username", true));
    attributes.add(profileAttribute("email", "Email", false));
    attributes.add(profileAttribute("firstName", "First name", true));
    attributes.add(profileAttribute("lastName", "Last name", true));
    ObjectNode pin = profileAttribute("pin", "Personal identification number", false);
    pin.putObject("permissions").putArray("view").add("admin").add("user");
    pin.withObject("permissions").putArray("edit").add("admin");
    pin.putObject("validations")
        .putObject("pattern")
        .put("pattern", "^[0-9]{12}$")
        .put("error-message", "A PIN has 12 digits");
    attributes.add(pin);
    profile.putArray("groups");
    try {
      return json.writeValueAsString(profile);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode profileAttribute(String name, String displayName, boolean required) {
    ObjectNode attribute = json.createObjectNode();
    attribute.put("name", name);
    attribute.put("displayName", displayName);
    if (!name.equals("pin")) {
      attribute.putObject("permissions").putArray("view").add("admin").add("user");
      attribute.withObject("permissions").putArray("edit").add("admin").add("user");
    }
    if (required) {
      attribute.putObject("required").putArray("roles").add("admin").add("user");
    }
    return attribute;
  }
}
