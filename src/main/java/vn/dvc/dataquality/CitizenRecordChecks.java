package vn.dvc.dataquality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.Commune;
import vn.dvc.civilstatus.CivilStatusRegistry;
import vn.dvc.civilstatus.Marriage;
import vn.dvc.population.Citizen;
import vn.dvc.population.CommuneOfResidence;
import vn.dvc.population.MaritalStatus;

/** Compares a citizen's population record with itself and with civil status. */
@Component
public class CitizenRecordChecks {

  private final CivilStatusRegistry civilStatus;
  private final CommuneOfResidence communeOfResidence;
  private final DataQualityProperties properties;
  private final MessageSource messages;

  CitizenRecordChecks(
      CivilStatusRegistry civilStatus,
      CommuneOfResidence communeOfResidence,
      DataQualityProperties properties,
      MessageSource messages) {
    this.messages = messages;
    this.civilStatus = civilStatus;
    this.communeOfResidence = communeOfResidence;
    this.properties = properties;
  }

  public List<DataIssue> check(Citizen citizen) {
    List<DataIssue> issues = new ArrayList<>();
    citizen
        .card()
        .filter(card -> card.issueDate() == null)
        .ifPresent(
            card ->
                issues.add(
                    new DataIssue(
                        DataIssueKind.ID_CARD_ISSUE_DATE_MISSING,
                        citizen.pin(),
                        vietnamese(
                            "data-issue.id-card-issue-date-missing",
                            citizen.fullName(),
                            card.number()))));
    citizen
        .residence()
        .filter(r -> r.writtenBeforeReform())
        .ifPresent(
            r ->
                issues.add(
                    new DataIssue(
                        DataIssueKind.ADDRESS_NOT_UPDATED_AFTER_REFORM,
                        citizen.pin(),
                        vietnamese(
                            "data-issue.address-not-updated-after-reform",
                            r.legacyAddress(),
                            communeOfResidence
                                .of(citizen)
                                .map(this::resolvedTo)
                                .orElse(vietnamese("data-issue.address-unresolved"))))));
    List<Marriage> openMarriages =
        civilStatus.marriagesOf(citizen.pin()).stream().filter(Marriage::isOpen).toList();
    if (!openMarriages.isEmpty() && citizen.maritalStatus() == MaritalStatus.SINGLE) {
      issues.add(
          new DataIssue(
              DataIssueKind.MARITAL_STATUS_MISMATCH,
              citizen.pin(),
              vietnamese(
                  "data-issue.marital-status-mismatch", openMarriages.get(0).registrationNo())));
    }
    if (openMarriages.isEmpty() && citizen.maritalStatus() == MaritalStatus.MARRIED) {
      issues.add(
          new DataIssue(
              DataIssueKind.MARRIAGE_NOT_DIGITISED,
              citizen.pin(),
              vietnamese("data-issue.marriage-not-digitised")));
    }
    // Older births were never digitised as a whole; only a newer one missing is a defect.
    if (!citizen.dateOfBirth().isBefore(properties.birthsDigitisedSince())
        && civilStatus.birthOf(citizen.pin()).isEmpty()) {
      issues.add(
          new DataIssue(
              DataIssueKind.BIRTH_NOT_DIGITISED,
              citizen.pin(),
              vietnamese(
                  "data-issue.birth-not-digitised",
                  citizen.fullName(),
                  citizen.dateOfBirth().toString())));
    }
    if (!citizen.deceased()) {
      civilStatus
          .deathOf(citizen.pin())
          .ifPresent(
              death ->
                  issues.add(
                      new DataIssue(
                          DataIssueKind.DEATH_NOT_SYNCED,
                          citizen.pin(),
                          vietnamese(
                              "data-issue.death-not-synced",
                              String.valueOf(death.dateOfDeath()),
                              death.registrationNo()))));
    }
    return issues;
  }

  private String resolvedTo(Commune commune) {
    return vietnamese("data-issue.address-resolved", commune.name(), commune.code());
  }

  /**
   * An issue is stored in Vietnamese, the language of record; the Dossier API tells it in English
   * on request ({@code vn.dvc.dossier.DossierTexts}, which knows these keys).
   */
  private String vietnamese(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Locale.forLanguageTag("vi"));
  }
}
