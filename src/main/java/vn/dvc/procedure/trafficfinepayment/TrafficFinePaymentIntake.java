package vn.dvc.procedure.trafficfinepayment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.Commune;
import vn.dvc.api.ApiProblem;
import vn.dvc.dossier.ProcedureIntake;
import vn.dvc.money.Vnd;
import vn.dvc.population.Citizen;
import vn.dvc.procedure.intake.Declared;
import vn.dvc.procedure.intake.IntakeChecks;
import vn.dvc.registry.trafficfines.TrafficFine;
import vn.dvc.registry.trafficfines.TrafficFineRegistry;
import vn.dvc.variables.PinList;

/**
 * Finds the fines the citizen pays — one decision ({@code data.decisionNo}), or some unpaid fines
 * of a vehicle ({@code data.plate} with {@code data.decisionNos}) — in the traffic-fine registry,
 * refuses what cannot be paid (unknown, not of that plate, already paid: the payment quoted), and
 * claims each decision for the dossier in the filing transaction so that two dossiers never pay the
 * same fine. The dossier goes to the traffic police of the province that issued the decisions;
 * anyone may pay, so the payer need not be the owner.
 */
@Component
class TrafficFinePaymentIntake implements ProcedureIntake {

  static final String KEY = "traffic-fine-payment";

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final IntakeChecks checks;
  private final TrafficFineRegistry fines;
  private final FineClaims claims;

  TrafficFinePaymentIntake(IntakeChecks checks, TrafficFineRegistry fines, FineClaims claims) {
    this.checks = checks;
    this.fines = fines;
    this.claims = claims;
  }

  @Override
  public String procedureKey() {
    return KEY;
  }

  @Override
  public Intake accept(Citizen applicant, JsonNode data) {
    Declared declared = checks.declared(applicant, data);
    List<TrafficFine> paying =
        declared.code("decisionNo") != null
            ? List.of(oneDecision(declared.code("decisionNo")))
            : finesOfPlate(declared.code("plate"), data.path("decisionNos"));

    String provinceCode = issuerProvince(paying);
    Commune filedAt = declared.filingCommune("the payer", applicant);

    List<Map<String, Object>> feeSubjects = new ArrayList<>();
    for (TrafficFine fine : paying) {
      Map<String, Object> subject = new LinkedHashMap<>();
      subject.put("decisionNo", fine.decisionNo());
      subject.put("fineAmountVnd", fine.amountVnd());
      subject.put("decidedOn", fine.decidedOn().toString());
      feeSubjects.add(subject);
    }
    String owners = PinList.format(paying.stream().map(TrafficFine::ownerPin).toList());
    Map<String, Object> variables = new HashMap<>();
    variables.put("decisionNos", paying.stream().map(TrafficFine::decisionNo).toList());
    // The same numbers as text, for the officer's facts and the result.
    variables.put(
        "decisionNoList",
        paying.stream().map(TrafficFine::decisionNo).collect(Collectors.joining(", ")));
    variables.put("feeSubjects", feeSubjects);
    variables.put("payerPin", applicant.pin().value());
    variables.put("ownerPins", owners);
    // The owners who do not pay themselves are told their fine was paid by someone else.
    variables.put(
        "ownersToNotify",
        PinList.format(
            PinList.parse(owners).stream()
                .filter(pin -> !pin.equals(applicant.pin().value()))
                .toList()));
    variables.put(
        "plates",
        paying.stream().map(TrafficFine::plate).distinct().collect(Collectors.joining(", ")));
    variables.put("finesVnd", paying.stream().mapToLong(TrafficFine::amountVnd).sum());
    variables.put("provinceCode", provinceCode);
    variables.put("issuerName", paying.get(0).issuer().name());
    return new Intake(filedAt.code(), variables);
  }

  /**
   * Claims every decision for the dossier: a decision held by an open dossier, or by one that paid
   * it, refuses this filing (409, naming that dossier); one left by a dossier that ended unpaid
   * passes to this one. Two filings at the same moment: one claims, the other is refused.
   */
  @Override
  public void filing(String dossierId, Intake intake) {
    @SuppressWarnings("unchecked")
    List<String> decisionNos = (List<String>) intake.variables().get("decisionNos");
    for (String decisionNo : decisionNos) {
      claims
          .claim(decisionNo, dossierId)
          .ifPresent(
              holder -> {
                throw new ApiProblem(
                    HttpStatus.CONFLICT,
                    "fine-being-paid",
                    "Fine already being paid",
                    "Quyết định xử phạt "
                        + decisionNo
                        + " đang được nộp phạt (hoặc đã nộp) qua hồ sơ "
                        + holder
                        + "; mỗi khoản phạt chỉ nộp một lần.",
                    Map.of("decisionNo", decisionNo, "dossierId", holder));
              });
    }
  }

  private TrafficFine oneDecision(String decisionNo) {
    TrafficFine fine =
        fines
            .findFine(decisionNo)
            .orElseThrow(() -> unknownDecision(decisionNo, "data.decisionNo"));
    return payable(fine, "data.decisionNo");
  }

  private List<TrafficFine> finesOfPlate(String plate, JsonNode chosen) {
    List<TrafficFine> ofPlate = fines.finesOfPlate(plate);
    List<TrafficFine> unpaid = ofPlate.stream().filter(f -> !f.paid()).toList();
    if (unpaid.isEmpty()) {
      throw refusal(
          "no-unpaid-fine",
          ofPlate.isEmpty()
              ? "Cơ sở dữ liệu xử phạt không có quyết định xử phạt nào đối với xe biển số "
                  + plate
                  + "."
              : "Xe biển số "
                  + plate
                  + " không còn khoản phạt nào chưa nộp: "
                  + ofPlate.stream().map(this::payment).collect(Collectors.joining("; "))
                  + ".",
          "data.plate",
          Map.of());
    }
    if (!chosen.isArray() || chosen.isEmpty()) {
      throw refusal(
          "choose-fines",
          "Xe biển số "
              + plate
              + " có "
              + unpaid.size()
              + " khoản phạt chưa nộp; chọn khoản muốn nộp trong data.decisionNos.",
          "data.decisionNos",
          Map.of("unpaidFines", unpaid.stream().map(TrafficFinePaymentIntake::listed).toList()));
    }
    List<TrafficFine> paying = new ArrayList<>();
    for (JsonNode node : chosen) {
      String decisionNo = node.asText();
      TrafficFine fine =
          ofPlate.stream()
              .filter(f -> f.decisionNo().equals(decisionNo))
              .findFirst()
              .orElseThrow(() -> notOfPlate(decisionNo, plate));
      paying.add(payable(fine, "data.decisionNos"));
    }
    return paying;
  }

  private ApiProblem notOfPlate(String decisionNo, String plate) {
    Optional<TrafficFine> elsewhere = fines.findFine(decisionNo);
    if (elsewhere.isEmpty()) {
      return unknownDecision(decisionNo, "data.decisionNos");
    }
    return refusal(
        "decision-not-of-plate",
        "Quyết định xử phạt "
            + decisionNo
            + " không phải của xe biển số "
            + plate
            + " (data.decisionNos).",
        "data.decisionNos",
        Map.of("decisionNo", decisionNo));
  }

  private TrafficFine payable(TrafficFine fine, String field) {
    if (fine.paid()) {
      Map<String, Object> quoted = new HashMap<>();
      quoted.put("decisionNo", fine.decisionNo());
      if (fine.paidOn() != null) {
        quoted.put("paidOn", fine.paidOn().toString());
      }
      claims.paidThrough(fine.decisionNo()).ifPresent(id -> quoted.put("paidThroughDossier", id));
      throw refusal("fine-already-paid", payment(fine) + ".", field, quoted);
    }
    if (fine.decidedOn() == null || fine.issuer() == null) {
      // The amount (interest counts from the decision date) and the competent authority depend
      // on them: a registry that lacks them cannot be paid through here.
      throw refusal(
          "penalty-decision-incomplete",
          "Cơ sở dữ liệu xử phạt chưa ghi ngày ra quyết định hoặc cơ quan ra quyết định "
              + fine.decisionNo()
              + "; liên hệ cơ quan đã ra quyết định để nộp phạt.",
          field,
          Map.of("decisionNo", fine.decisionNo()));
    }
    return fine;
  }

  /** How a paid fine was paid, as the refusal quotes it. */
  private String payment(TrafficFine fine) {
    String when =
        fine.paidOn() == null
            ? " (cơ sở dữ liệu không ghi ngày nộp)"
            : " ngày " + fine.paidOn().format(DMY);
    String through = claims.paidThrough(fine.decisionNo()).map(id -> " qua hồ sơ " + id).orElse("");
    return "Quyết định xử phạt " + fine.decisionNo() + " đã được nộp phạt" + when + through;
  }

  private static String issuerProvince(List<TrafficFine> paying) {
    List<String> provinces =
        paying.stream().map(f -> f.issuer().provinceCode()).distinct().toList();
    if (provinces.size() > 1) {
      throw refusal(
          "different-issuing-authorities",
          "Các quyết định đã chọn do nhiều cơ quan ban hành ("
              + paying.stream()
                  .map(f -> f.issuer().name())
                  .distinct()
                  .collect(Collectors.joining(", "))
              + "); nộp riêng cho từng cơ quan.",
          "data.decisionNos",
          Map.of());
    }
    return provinces.get(0);
  }

  private static Map<String, Object> listed(TrafficFine fine) {
    Map<String, Object> listed = new LinkedHashMap<>();
    listed.put("decisionNo", fine.decisionNo());
    listed.put("violation", fine.violation());
    listed.put("detectedAt", fine.detectedAt().toString());
    listed.put("decidedOn", fine.decidedOn() == null ? null : fine.decidedOn().toString());
    listed.put("amountVnd", fine.amountVnd());
    listed.put("amount", Vnd.format(fine.amountVnd()));
    return listed;
  }

  private static ApiProblem unknownDecision(String decisionNo, String field) {
    return refusal(
        "unknown-penalty-decision",
        "Không có quyết định xử phạt số "
            + decisionNo
            + " trong cơ sở dữ liệu xử phạt ("
            + field
            + ").",
        field,
        Map.of("decisionNo", decisionNo));
  }

  private static ApiProblem refusal(
      String type, String detail, String field, Map<String, Object> properties) {
    Map<String, Object> all = new HashMap<>(properties);
    all.put("field", field);
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_ENTITY, type, "Dossier cannot be filed", detail, all);
  }
}
