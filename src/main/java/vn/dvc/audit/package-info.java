/**
 * Audited access to the national registries: every call through a registry port is recorded — when,
 * which officer or system, which dossier and procedure, which registry and operation, the legal
 * purpose and the outcome — and auditors query the record over REST.
 */
package vn.dvc.audit;
