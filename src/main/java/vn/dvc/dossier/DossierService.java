package vn.dvc.dossier;

import static vn.dvc.dossier.DossierVariables.APPLICANT_PIN;
import static vn.dvc.dossier.DossierVariables.COMMUNE_CODE;
import static vn.dvc.dossier.DossierVariables.DOSSIER_ID;
import static vn.dvc.dossier.DossierVariables.PROCEDURE_KEY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.api.ApiProblem;
import vn.dvc.catalogue.Procedure;
import vn.dvc.catalogue.ProcedureCatalogue;
import vn.dvc.civilstatus.CivilStatusRegistry;
import vn.dvc.dossier.DossierRepository.DossierRow;
import vn.dvc.dossier.DossierRepository.SuppliedDocument;
import vn.dvc.dossier.DossierView.DataIssueView;
import vn.dvc.dossier.DossierView.DocumentView;
import vn.dvc.dossier.DossierView.RequiredDocument;
import vn.dvc.dossier.DossierView.SatisfiedByData;
import vn.dvc.dossier.DossierView.TimelineEntry;
import vn.dvc.identity.Caller;
import vn.dvc.population.Citizen;
import vn.dvc.population.InvalidPinException;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;
import vn.dvc.time.EngineClock;

/**
 * Files dossiers and lets citizens supply documents. Everything a request writes — the dossier, its
 * first decisions and the process instance — commits together or not at all.
 */
@Service
class DossierService {

  static final String DOCUMENTS_SUPPLIED_MESSAGE = "DocumentsSupplied";
  private static final Logger log = LoggerFactory.getLogger(DossierService.class);

  private final ProcedureCatalogue catalogue;
  private final Map<String, ProcedureIntake> intakes;
  private final PopulationRegistry population;
  private final CivilStatusRegistry civilStatus;
  private final DossierRepository dossiers;
  private final DossierCodes codes;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;
  private final ObjectMapper canonicalJson;
  private final DossierAccess access;
  private final SuppliedFiles files;
  private final ObjectProvider<DossierPayments> payments;
  private final DossierTexts texts;

  DossierService(
      ProcedureCatalogue catalogue,
      List<ProcedureIntake> intakes,
      PopulationRegistry population,
      CivilStatusRegistry civilStatus,
      DossierRepository dossiers,
      DossierCodes codes,
      RuntimeService runtime,
      RepositoryService repository,
      TransactionTemplate transaction,
      ApplicationEventPublisher events,
      ObjectMapper json,
      DossierAccess access,
      SuppliedFiles files,
      ObjectProvider<DossierPayments> payments,
      DossierTexts texts) {
    this.catalogue = catalogue;
    this.texts = texts;
    this.payments = payments;
    this.access = access;
    this.files = files;
    this.intakes =
        intakes.stream()
            .collect(Collectors.toMap(ProcedureIntake::procedureKey, Function.identity()));
    this.population = population;
    this.civilStatus = civilStatus;
    this.dossiers = dossiers;
    this.codes = codes;
    this.runtime = runtime;
    this.repository = repository;
    this.transaction = transaction;
    this.events = events;
    this.json = json;
    this.canonicalJson =
        json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  }

  record Filed(DossierView dossier, boolean replayed) {}

  Filed file(DossierRequest request, String idempotencyKey, Caller caller) {
    Procedure procedure = procedureOf(request);
    // The registry lookups of the intake are audited under the procedure being filed.
    try (var mdc = MDC.putCloseable("procedureKey", procedure.key())) {
      return file(procedure, request, idempotencyKey, caller);
    }
  }

  private Filed file(
      Procedure procedure, DossierRequest request, String idempotencyKey, Caller caller) {
    Pin applicantPin = pinOf(request.applicantPin());
    String filedHow = filedHow(caller, applicantPin);
    String submittedBy = caller.name();
    JsonNode data = dataOf(request, procedure);
    String requestHash = hash(request);

    if (idempotencyKey != null) {
      var earlier = dossiers.findByIdempotencyKey(submittedBy, idempotencyKey);
      if (earlier.isPresent()) {
        return replay(earlier.get(), requestHash);
      }
    }

    Citizen applicant =
        population
            .findCitizen(applicantPin)
            .orElseThrow(
                () ->
                    ApiProblem.of(
                        HttpStatus.UNPROCESSABLE_ENTITY, "unknown-citizen", applicantPin.value()));
    if (applicant.deceased() || civilStatus.deathOf(applicantPin).isPresent()) {
      throw ApiProblem.of(HttpStatus.UNPROCESSABLE_ENTITY, "applicant-deceased");
    }
    ProcedureIntake procedureIntake = intakes.get(procedure.key());
    ProcedureIntake.Intake intake = procedureIntake.accept(applicant, data);

    Instant receivedAt = EngineClock.now();
    String id =
        codes.next(intake.communeCode(), receivedAt.atZone(EngineClock.VIETNAM).toLocalDate());
    try (var mdc = MDC.putCloseable("dossierId", id)) {
      transaction.executeWithoutResult(
          status -> {
            dossiers.insert(
                new DossierRow(
                    id,
                    procedure.key(),
                    applicantPin.value(),
                    applicant.fullName(),
                    intake.communeCode(),
                    DossierStatus.RECEIVED,
                    data.toString(),
                    idempotencyKey,
                    requestHash,
                    submittedBy,
                    null,
                    receivedAt,
                    null,
                    null));
            dossiers.addEvent(id, DossierStatus.RECEIVED.name(), filedHow);
            procedureIntake.filing(id, intake);
            events.publishEvent(
                new DossierFiled(id, procedure.key(), intake.communeCode(), receivedAt));
            VariableMap variables = Variables.fromMap(intake.variables());
            DOSSIER_ID.on(variables).set(id);
            PROCEDURE_KEY.on(variables).set(procedure.key());
            APPLICANT_PIN.on(variables).set(applicantPin.value());
            COMMUNE_CODE.on(variables).set(intake.communeCode());
            ProcessInstance instance =
                runtime
                    .createProcessInstanceByKey(procedure.key())
                    .businessKey(id)
                    .setVariables(variables)
                    .execute();
            dossiers.linkProcessInstance(id, instance.getId());
          });
      log.info("Filed dossier {} for procedure {}", id, procedure.key());
    } catch (DuplicateKeyException sameKeyFiledConcurrently) {
      return dossiers
          .findByIdempotencyKey(submittedBy, idempotencyKey)
          .map(earlier -> replay(earlier, requestHash))
          .orElseThrow(() -> sameKeyFiledConcurrently);
    }
    return new Filed(view(id), false);
  }

  /**
   * A citizen files only for themselves; staff file at the counter for the citizen in front of
   * them, which the timeline records.
   */
  private String filedHow(Caller caller, Pin applicant) {
    if (caller.isCitizen()) {
      if (!caller.citizenPin().get().equals(applicant)) {
        throw ApiProblem.of(HttpStatus.FORBIDDEN, "applicant-not-caller");
      }
      return texts.vietnamese("timeline.filed-online", caller.name());
    }
    if (!caller.isOfficer()) {
      throw ApiProblem.of(HttpStatus.FORBIDDEN, "not-an-officer");
    }
    return texts.vietnamese("timeline.filed-at-counter", caller.name());
  }

  DossierView view(String id, Caller caller) {
    return view(visibleRow(id, caller));
  }

  /** The dossiers the caller may read (the same rule as one dossier: {@link DossierAccess}). */
  List<DossierSummaryView> list(Caller caller, DossierRepository.ListFilter filter) {
    return dossiers.list(access.readable(caller), filter).stream()
        .map(DossierSummaryView::of)
        .toList();
  }

  /**
   * The dossier if the caller may read it ({@link DossierAccess}); any other is "not found", not
   * 403: whether someone else's dossier exists is not the caller's business either.
   */
  private DossierRow visibleRow(String id, Caller caller) {
    return dossiers.findReadable(id, access.readable(caller)).orElseThrow(() -> notFound(id));
  }

  DossierView view(String id) {
    return view(dossiers.find(id).orElseThrow(() -> notFound(id)));
  }

  private DossierView view(DossierRow row) {
    String id = row.id();
    Set<String> outstanding = dossiers.outstandingDocumentTypes(id);
    List<DocumentDecision> decisions = dossiers.documentDecisions(id);
    return new DossierView(
        row.id(),
        row.procedureKey(),
        row.status(),
        row.applicantPin(),
        row.communeCode(),
        row.receivedAt(),
        row.dueDate(),
        decisions.stream()
            .filter(DocumentDecision::required)
            .map(
                d ->
                    new RequiredDocument(
                        d.documentType(),
                        texts.localise(d.reason()),
                        !outstanding.contains(d.documentType())))
            .toList(),
        decisions.stream()
            .filter(d -> !d.required() && d.source() != null)
            .map(
                d ->
                    new SatisfiedByData(
                        d.documentType(), d.source(), d.reference(), texts.localise(d.reason())))
            .toList(),
        dossiers.dataIssues(id).stream()
            .map(DataIssueView::of)
            .map(i -> new DataIssueView(i.kind(), i.pin(), texts.localise(i.message())))
            .toList(),
        dossiers.documents(id).stream()
            .map(
                d ->
                    new DocumentView(
                        d.id(),
                        d.documentType(),
                        d.fileName(),
                        d.contentType(),
                        d.sizeBytes(),
                        d.receivedAt()))
            .toList(),
        payments.stream().flatMap(p -> p.of(id).stream()).findFirst().map(this::told).orElse(null),
        dossiers.timeline(id).stream()
            .map(e -> new TimelineEntry(e.at(), e.event(), texts.localise(e.detail())))
            .toList(),
        readResult(row.resultJson()));
  }

  /** The fee decision's reasons in the reader's language. */
  private DossierPaymentView told(DossierPaymentView payment) {
    return new DossierPaymentView(
        payment.state(),
        payment.amountVnd(),
        payment.amount(),
        payment.items().stream()
            .map(
                i ->
                    new DossierPaymentView.Item(
                        i.item(), i.amountVnd(), i.amount(), texts.localise(i.reason())))
            .toList(),
        payment.payUrl(),
        payment.deadline(),
        payment.paidAt(),
        payment.receiptNo());
  }

  /**
   * Stores a document the citizen was asked for. When it completes the requested set, the waiting
   * process resumes in the same transaction, so a stored document never stays unnoticed.
   */
  DossierView supplyDocument(
      String id,
      Caller caller,
      String documentType,
      String fileName,
      String contentType,
      byte[] content) {
    DossierRow row = visibleRow(id, caller);
    try (var mdc = MDC.putCloseable("dossierId", id)) {
      if (!access.maySupplyDocuments(caller, row)) {
        throw ApiProblem.of(HttpStatus.FORBIDDEN, "not-allowed-to-supply", id);
      }
      if (row.status() != DossierStatus.WAITING_FOR_DOCUMENTS) {
        throw notWaiting(id);
      }
      Set<String> requested =
          dossiers.documentDecisions(id).stream()
              .filter(DocumentDecision::required)
              .map(DocumentDecision::documentType)
              .collect(Collectors.toSet());
      if (documentType == null || !requested.contains(documentType)) {
        throw ApiProblem.of(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "document-not-requested",
                id,
                String.valueOf(documentType),
                requested.toString())
            .with(Map.of("requestedTypes", requested));
      }
      if (content.length == 0) {
        throw ApiProblem.of(HttpStatus.BAD_REQUEST, "empty-document");
      }
      String storedName = SuppliedFiles.fileName(fileName, documentType);
      String storedType = files.contentType(contentType, content);
      try {
        transaction.executeWithoutResult(
            status -> {
              if (dossiers.lockForSupply(id) != DossierStatus.WAITING_FOR_DOCUMENTS) {
                throw notWaiting(id);
              }
              dossiers.saveDocument(
                  id,
                  new SuppliedDocument(
                      UUID.randomUUID().toString(),
                      documentType,
                      storedName,
                      storedType,
                      content.length,
                      sha256(content),
                      EngineClock.now()),
                  content);
              dossiers.addEvent(id, "DOCUMENT_SUPPLIED", documentType);
              if (dossiers.outstandingDocumentTypes(id).isEmpty()) {
                runtime
                    .createMessageCorrelation(DOCUMENTS_SUPPLIED_MESSAGE)
                    .processInstanceBusinessKey(id)
                    .correlate();
              }
            });
      } catch (OptimisticLockingException
          | MismatchingMessageCorrelationException
          | PessimisticLockingFailureException raced) {
        // Another upload completed the requested set first and resumed the process: this one
        // (document and event) is rolled back whole, and the client learns why.
        log.info("Document {} for dossier {} lost a race with another upload", documentType, id);
        throw ApiProblem.of(HttpStatus.CONFLICT, "documents-supplied-concurrently", id);
      }
    }
    return view(id);
  }

  private ApiProblem notWaiting(String id) {
    return ApiProblem.of(
        HttpStatus.CONFLICT,
        "not-waiting-for-documents",
        id,
        dossiers.find(id).map(DossierRow::status).orElseThrow().name());
  }

  private Filed replay(DossierRow earlier, String requestHash) {
    if (!earlier.requestHash().equals(requestHash)) {
      throw ApiProblem.of(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", earlier.id());
    }
    return new Filed(view(earlier.id()), true);
  }

  private Procedure procedureOf(DossierRequest request) {
    if (request.procedure() == null || request.procedure().isBlank()) {
      throw missing("procedure");
    }
    Procedure procedure =
        catalogue
            .find(request.procedure())
            .orElseThrow(
                () ->
                    ApiProblem.of(HttpStatus.UNPROCESSABLE_ENTITY, "unknown-procedure")
                        .detail("problem.unknown-procedure.catalogue", request.procedure()));
    boolean deployed =
        repository.createProcessDefinitionQuery().processDefinitionKey(procedure.key()).count() > 0;
    if (!intakes.containsKey(procedure.key()) || !deployed) {
      throw ApiProblem.of(
          HttpStatus.UNPROCESSABLE_ENTITY, "procedure-not-available", procedure.key());
    }
    return procedure;
  }

  private static Pin pinOf(String value) {
    if (value == null || value.isBlank()) {
      throw missing("applicantPin");
    }
    try {
      return Pin.of(value);
    } catch (InvalidPinException e) {
      throw ApiProblem.of(HttpStatus.BAD_REQUEST, "invalid-pin").detail(e.code(), e.arguments());
    }
  }

  private JsonNode dataOf(DossierRequest request, Procedure procedure) {
    JsonNode data = request.data();
    if (data == null || data.isNull()) {
      throw missing("data");
    }
    if (!data.isObject()) {
      throw ApiProblem.of(HttpStatus.BAD_REQUEST, "invalid-data");
    }
    List<String> problems = catalogue.validateData(procedure.key(), data);
    if (!problems.isEmpty()) {
      // The schema validator's messages stay as it words them (English); the errors list too.
      throw ApiProblem.of(HttpStatus.BAD_REQUEST, "invalid-data")
          .detail("problem.invalid-data.schema", String.join("; ", problems))
          .with(Map.of("errors", problems));
    }
    return data;
  }

  private static ApiProblem missing(String field) {
    return ApiProblem.of(HttpStatus.BAD_REQUEST, "missing-field", field)
        .with(Map.of("field", field));
  }

  private static ApiProblem notFound(String id) {
    return ApiProblem.of(HttpStatus.NOT_FOUND, "dossier-not-found", id);
  }

  private String hash(DossierRequest request) {
    try {
      Object canonical =
          canonicalJson.treeToValue(canonicalJson.valueToTree(request), Object.class);
      return sha256(canonicalJson.writeValueAsBytes(canonical));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void localiseReason(JsonNode node) {
    if (node instanceof ObjectNode object && object.path("reason").isTextual()) {
      object.put("reason", texts.localise(object.get("reason").asText()));
    }
  }

  /** The result, its reasons (and its parts' reasons) in the reader's language. */
  private JsonNode readResult(String resultJson) {
    try {
      JsonNode result = resultJson == null ? null : json.readTree(resultJson);
      localiseReason(result);
      if (result != null) {
        result.path("parts").forEach(this::localiseReason);
      }
      return result;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored result is not JSON", e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
