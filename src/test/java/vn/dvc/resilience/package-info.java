/**
 * The resilience suite: the packaged application as separate OS processes, killed with SIGKILL
 * under load, started twice at once on one database, and cut off from its registries, with the
 * dossiers counted afterwards (filed / present / lost / duplicated / stuck / incidents). Runs only
 * with {@code ./mvnw -Presilience verify}, never in the default build.
 */
package vn.dvc.resilience;
