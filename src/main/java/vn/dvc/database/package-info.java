/**
 * The database under the application: start-up coordination of several nodes on one PostgreSQL
 * database. The embedded default's durability is configuration (the H2 URL in application.yaml).
 */
package vn.dvc.database;
