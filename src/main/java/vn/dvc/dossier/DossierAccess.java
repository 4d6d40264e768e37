package vn.dvc.dossier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.catalogue.Procedure;
import vn.dvc.catalogue.ProcedureCatalogue;
import vn.dvc.dossier.DossierRepository.DossierRow;
import vn.dvc.identity.Agency;
import vn.dvc.identity.Caller;
import vn.dvc.identity.Groups;

/**
 * Who reads a dossier through the Dossier API, and who supplies its documents.
 *
 * <p>Reading (the single dossier and the list apply the same rule, as one SQL condition):
 *
 * <ul>
 *   <li>administrators ({@code camunda-admin}): every dossier;
 *   <li>a citizen: the dossiers they are the applicant of;
 *   <li>staff: the dossiers they filed at the counter, and those their groups <em>handle</em>;
 *   <li>supervisors ({@code province-<code>-supervisors}): every dossier filed in a commune of
 *       their province, read-only;
 *   <li>anyone else (auditors, analysts): none. A dossier the caller may not read is "not found",
 *       never 403: whether someone else's dossier exists is not the caller's business either.
 * </ul>
 *
 * <p>The groups that handle a dossier are
 *
 * <ol type="a">
 *   <li>every group that is or was a candidate group of a task of the dossier, in any process
 *       instance whose business key is the dossier code: the procedure's own instance and the
 *       building blocks (called processes) it starts with that key. Read from the engine's runtime
 *       identity links (open tasks) and from its history (tasks done, history level {@code full}),
 *       so that police who registered the child's residence keep the dossier they worked on; and
 *   <li>the group that receives the procedure where the dossier was filed — the catalogue's {@code
 *       authority.agency}, at the filing commune for a commune agency, at the commune's province
 *       for a provincial one. It has the dossier before any task exists, while the dossier waits
 *       for documents or for a registry.
 * </ol>
 *
 * So Ba Đình's civil-status officers see a birth registration filed in Ba Đình from the start; Cầu
 * Giấy's police see an interlinked birth filed in Ba Đình once its residence part is routed to
 * them; Ba Đình's police never see a plain birth registration.
 *
 * <p>Supplying documents: the applicant (a citizen whose PIN is the applicant's), the member of
 * staff who filed the dossier at the counter, and administrators. Another reader gets 403.
 */
@Component
class DossierAccess {

  /*
   * Plain SQL on the engine's tables rather than the engine's query API: the API cannot say "the
   * dossiers whose tasks, in any instance with the dossier code as business key, have or had one
   * of these candidate groups" in one query joined to our table, paged, for a whole list. The
   * tables and columns used here (ACT_RU_TASK, ACT_RU_EXECUTION, ACT_RU_IDENTITYLINK, ACT_HI_*)
   * are those of Camunda 7's documented schema, without a table prefix.
   */
  private static final String OPEN_TASK_OF_GROUPS =
      "exists (select 1 from ACT_RU_EXECUTION e"
          + " join ACT_RU_TASK t on t.PROC_INST_ID_ = e.ID_"
          + " join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_"
          + " where e.BUSINESS_KEY_ = d.id and l.GROUP_ID_ in (%s))";

  private static final String PAST_TASK_OF_GROUPS =
      "exists (select 1 from ACT_HI_PROCINST p"
          + " join ACT_HI_TASKINST t on t.PROC_INST_ID_ = p.ID_"
          + " join ACT_HI_IDENTITYLINK l on l.TASK_ID_ = t.ID_"
          + " where p.BUSINESS_KEY_ = d.id and l.GROUP_ID_ in (%s))";

  /** A SQL condition on the dossier table aliased {@code d}, with its parameters. */
  record Condition(String sql, List<Object> parameters) {}

  private final Map<String, List<String>> communesByProvince;
  private final Set<String> communes;
  private final Map<String, Agency> receivingAgency;

  DossierAccess(AdministrativeUnits units, ProcedureCatalogue catalogue) {
    this.communesByProvince =
        units.communes().stream()
            .collect(
                Collectors.groupingBy(
                    Commune::provinceCode,
                    Collectors.mapping(Commune::code, Collectors.toUnmodifiableList())));
    this.communes = units.communes().stream().map(Commune::code).collect(Collectors.toSet());
    this.receivingAgency = receivingAgencies(catalogue);
  }

  /**
   * Each procedure's receiving agency, from the catalogue ({@code authority.agency}); a name that
   * is no agency stops the start, since that procedure's dossiers would be invisible to every
   * officer until a task exists.
   */
  private static Map<String, Agency> receivingAgencies(ProcedureCatalogue catalogue) {
    Map<String, Agency> agencies = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    for (Procedure procedure : catalogue.all()) {
      String name = procedure.authority().agency();
      Arrays.stream(Agency.values())
          .filter(agency -> agency.name().equals(name))
          .findFirst()
          .ifPresentOrElse(
              agency -> agencies.put(procedure.key(), agency),
              () -> unknown.add(procedure.key() + " (" + name + ")"));
    }
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(
          "The catalogue names no known receiving agency (authority.agency) for "
              + unknown
              + "; known agencies: "
              + Arrays.toString(Agency.values()));
    }
    return Map.copyOf(agencies);
  }

  /** The dossiers the caller may read, as a condition on {@code dossier d}. */
  Condition readable(Caller caller) {
    if (caller.groups().contains(Groups.ADMINISTRATORS)) {
      return new Condition("1 = 1", List.of());
    }
    if (caller.isCitizen()) {
      return new Condition("d.applicant_pin = ?", List.of(caller.citizenPin().get().value()));
    }
    List<String> any = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    any.add("d.submitted_by = ?");
    parameters.add(caller.name());

    Set<String> supervised = new TreeSet<>();
    caller.groups().stream()
        .map(Groups::supervisedProvince)
        .flatMap(Optional::stream)
        .forEach(province -> supervised.addAll(communesOf(province)));
    if (!supervised.isEmpty()) {
      any.add("d.commune_code in (" + marks(supervised.size()) + ")");
      parameters.addAll(supervised);
    }

    for (String group : new TreeSet<>(caller.groups())) {
      receivedBy(group)
          .ifPresent(
              received -> {
                any.add(
                    "(d.procedure_key in ("
                        + marks(received.procedures().size())
                        + ") and d.commune_code in ("
                        + marks(received.communes().size())
                        + "))");
                parameters.addAll(received.procedures());
                parameters.addAll(received.communes());
              });
    }

    List<String> groups = new ArrayList<>(new TreeSet<>(caller.groups()));
    if (!groups.isEmpty()) {
      any.add(OPEN_TASK_OF_GROUPS.formatted(marks(groups.size())));
      parameters.addAll(groups);
      any.add(PAST_TASK_OF_GROUPS.formatted(marks(groups.size())));
      parameters.addAll(groups);
    }
    return new Condition("(" + String.join(" or ", any) + ")", parameters);
  }

  /**
   * Whether a caller who may read the dossier may also supply its documents: the applicant, whoever
   * filed it at the counter, administrators. Supervisors and the officers handling it read only.
   */
  boolean maySupplyDocuments(Caller caller, DossierRow dossier) {
    if (caller.groups().contains(Groups.ADMINISTRATORS)) {
      return true;
    }
    if (caller.isCitizen()) {
      return caller.citizenPin().get().value().equals(dossier.applicantPin());
    }
    return caller.name().equals(dossier.submittedBy());
  }

  private record Received(List<String> procedures, Collection<String> communes) {}

  /** The procedures a group receives, and where: its commune, or its province's communes. */
  private Optional<Received> receivedBy(String group) {
    String[] parts = group.split("-", 3);
    if (parts.length < 3) {
      return Optional.empty();
    }
    String unit = parts[1];
    for (Agency agency : Agency.values()) {
      if (!agency.group(unit).equals(group)) {
        continue;
      }
      List<String> procedures =
          receivingAgency.entrySet().stream()
              .filter(e -> e.getValue() == agency)
              .map(Map.Entry::getKey)
              .sorted()
              .toList();
      Collection<String> where =
          agency.level() == Agency.Level.COMMUNE
              ? (communes.contains(unit) ? List.of(unit) : List.of())
              : communesOf(unit);
      return procedures.isEmpty() || where.isEmpty()
          ? Optional.empty()
          : Optional.of(new Received(procedures, where));
    }
    return Optional.empty();
  }

  private List<String> communesOf(String province) {
    return communesByProvince.getOrDefault(province, Collections.emptyList());
  }

  private static String marks(int count) {
    return String.join(",", Collections.nCopies(count, "?"));
  }
}
