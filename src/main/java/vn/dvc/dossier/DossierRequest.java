package vn.dvc.dossier;

import com.fasterxml.jackson.databind.JsonNode;

/** The portal's request to file a dossier. */
record DossierRequest(String procedure, String applicantPin, JsonNode data) {}
