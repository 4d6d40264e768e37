package vn.dvc.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of the embedded default (the administrator {@code demo} comes from Camunda's
 * own {@code camunda.bpm.admin-user}). Created once; a restart changes nothing.
 */
@Component
@DependsOn("engineGroups")
@ConditionalOnProperty(name = "dvc.demo-accounts.enabled", havingValue = "true")
class DemoAccounts implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

  record Account(String id, String firstName, String lastName, String group) {}

  static final List<Account> ACCOUNTS =
      List.of(
          new Account(
              "officer.badinh",
              "Lan",
              "Nguyễn (officer, Ba Đình)",
              Groups.civilStatusOfficers("01100")),
          new Account(
              "chair.badinh", "Hùng", "Trần (chair, Ba Đình)", Groups.communeChairs("01100")),
          new Account(
              "officer.truongvinh",
              "Mai",
              "Lê (officer, Trường Vinh)",
              Groups.civilStatusOfficers("40135")),
          new Account(
              "chair.truongvinh",
              "Dũng",
              "Phạm (chair, Trường Vinh)",
              Groups.communeChairs("40135")),
          new Account(
              "police.badinh",
              "Quân",
              "Hoàng (police, Ba Đình)",
              Agency.COMMUNE_POLICE.group("01100")),
          new Account(
              "police.caugiay",
              "Khánh",
              "Trịnh (police, Cầu Giấy)",
              Agency.COMMUNE_POLICE.group("01107")),
          new Account(
              "police.truongvinh",
              "Long",
              "Mai (police, Trường Vinh)",
              Agency.COMMUNE_POLICE.group("40135")),
          new Account(
              "socialsecurity.nghean",
              "Nga",
              "Hồ (social security, Nghệ An)",
              Agency.SOCIAL_SECURITY.group("40")),
          new Account(
              "socialsecurity.hanoi",
              "Hoa",
              "Đặng (social security, Hà Nội)",
              Agency.SOCIAL_SECURITY.group("01")),
          new Account(
              "landregistry.hanoi",
              "Tuấn",
              "Lý (land registry, Hà Nội)",
              Agency.LAND_REGISTRY.group("01")),
          new Account(
              "finance.hanoi", "Phương", "Đinh (finance, Hà Nội)", Groups.financeOfficers("01")),
          new Account(
              "finance.nghean", "Bình", "Hà (finance, Nghệ An)", Groups.financeOfficers("40")),
          new Account(
              "trafficpolice.hanoi",
              "Cường",
              "Lương (traffic police, Hà Nội)",
              Agency.TRAFFIC_POLICE.group("01")),
          new Account(
              "trafficpolice.nghean",
              "Vinh",
              "Thái (traffic police, Nghệ An)",
              Agency.TRAFFIC_POLICE.group("40")),
          new Account(
              "supervisor.hanoi",
              "Thảo",
              "Vũ (supervisor, Hà Nội)",
              Groups.provinceSupervisors("01")),
          new Account(
              "supervisor.nghean",
              "Sơn",
              "Ngô (supervisor, Nghệ An)",
              Groups.provinceSupervisors("40")),
          new Account("analyst", "Minh", "Đỗ (analyst)", Groups.ANALYSTS),
          new Account("auditor", "Hà", "Bùi (auditor)", Groups.AUDITORS));

  private final IdentityService identity;
  private final DemoAccountsProperties properties;

  DemoAccounts(IdentityService identity, DemoAccountsProperties properties) {
    this.identity = identity;
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() {
    for (Account account : ACCOUNTS) {
      if (identity.createUserQuery().userId(account.id()).count() == 0) {
        User user = identity.newUser(account.id());
        user.setFirstName(account.firstName());
        user.setLastName(account.lastName());
        user.setPassword(properties.password());
        user.setEmail(account.id() + "@demo.invalid");
        identity.saveUser(user);
        identity.createMembership(account.id(), account.group());
        log.info("Created demo account {} in group {}", account.id(), account.group());
      }
    }
  }
}
