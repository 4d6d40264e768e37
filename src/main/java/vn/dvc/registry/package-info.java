/**
 * What every registry adapter shares: the key that makes a write idempotent, and the exceptions
 * that tell a technical failure (retry, then incident) from a business outcome (data). Each
 * registry lives in its own package ({@code population}, {@code civilstatus}, {@code
 * registry.<name>}) with a port in domain language and its implementations.
 */
package vn.dvc.registry;
