package vn.dvc.dataquality;

import java.util.ArrayList;
import java.util.List;
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

  CitizenRecordChecks(
      CivilStatusRegistry civilStatus,
      CommuneOfResidence communeOfResidence,
      DataQualityProperties properties) {
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
                        "The population record of "
                            + citizen.fullName()
                            + " has no issue date for ID card "
                            + card.number()
                            + ": confirm or correct it; the citizen is not blocked.")));
    citizen
        .residence()
        .filter(r -> r.writtenBeforeReform())
        .ifPresent(
            r ->
                issues.add(
                    new DataIssue(
                        DataIssueKind.ADDRESS_NOT_UPDATED_AFTER_REFORM,
                        citizen.pin(),
                        "Permanent residence is still written with pre-2025 names ("
                            + r.legacyAddress()
                            + "); "
                            + communeOfResidence
                                .of(citizen)
                                .map(CitizenRecordChecks::resolvedTo)
                                .orElse("no current commune matches it: resolve it by hand."))));
    List<Marriage> openMarriages =
        civilStatus.marriagesOf(citizen.pin()).stream().filter(Marriage::isOpen).toList();
    if (!openMarriages.isEmpty() && citizen.maritalStatus() == MaritalStatus.SINGLE) {
      issues.add(
          new DataIssue(
              DataIssueKind.MARITAL_STATUS_MISMATCH,
              citizen.pin(),
              "Civil status holds open marriage "
                  + openMarriages.get(0).registrationNo()
                  + " but population says SINGLE."));
    }
    if (openMarriages.isEmpty() && citizen.maritalStatus() == MaritalStatus.MARRIED) {
      issues.add(
          new DataIssue(
              DataIssueKind.MARRIAGE_NOT_DIGITISED,
              citizen.pin(),
              "Population says MARRIED but civil status has no marriage record: verify the"
                  + " paper register; do not ask the citizen for a paper."));
    }
    // Older births were never digitised as a whole; only a newer one missing is a defect.
    if (!citizen.dateOfBirth().isBefore(properties.birthsDigitisedSince())
        && civilStatus.birthOf(citizen.pin()).isEmpty()) {
      issues.add(
          new DataIssue(
              DataIssueKind.BIRTH_NOT_DIGITISED,
              citizen.pin(),
              "Civil status has no digitised birth record for "
                  + citizen.fullName()
                  + ", born "
                  + citizen.dateOfBirth()
                  + ": verify the paper register; request a document only if it has none."));
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
                          "Civil status registered the death on "
                              + death.dateOfDeath()
                              + " ("
                              + death.registrationNo()
                              + ") but population shows the person alive.")));
    }
    return issues;
  }

  private static String resolvedTo(Commune commune) {
    return "resolved to " + commune.name() + " (" + commune.code() + ").";
  }
}
