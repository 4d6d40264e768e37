package vn.dvc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import vn.dvc.dataquality.DataIssue;

/** A dossier as the Dossier API answers it (see architecture.md). */
record DossierView(
    String id,
    String procedure,
    DossierStatus status,
    String applicantPin,
    String communeCode,
    Instant receivedAt,
    Instant dueDate,
    List<RequiredDocument> requiredDocuments,
    List<SatisfiedByData> satisfiedByData,
    List<DataIssueView> dataIssues,
    List<DocumentView> documents,
    DossierPaymentView payment,
    List<TimelineEntry> timeline,
    JsonNode result) {

  record RequiredDocument(String type, String reason, boolean supplied) {}

  record SatisfiedByData(String type, String source, String reference, String reason) {}

  record DataIssueView(String kind, String pin, String message) {
    static DataIssueView of(DataIssue issue) {
      return new DataIssueView(issue.kind().name(), issue.pin().value(), issue.message());
    }
  }

  record DocumentView(
      String id,
      String type,
      String fileName,
      String contentType,
      long sizeBytes,
      Instant receivedAt) {}

  record TimelineEntry(Instant at, String event, String detail) {}
}
