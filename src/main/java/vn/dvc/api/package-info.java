/**
 * What every endpoint under {@code /api} shares: errors as {@code application/problem+json} with a
 * stable {@code type} and a plain-language message, and the limit on request bodies.
 */
package vn.dvc.api;
