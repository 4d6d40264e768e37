/**
 * Loading the synthetic registries of {@code sandbox-data/} into the sandbox tables, once per
 * database even when several engine nodes start together.
 */
package vn.dvc.sandbox;
