/**
 * What every endpoint under {@code /api} shares: errors as {@code application/problem+json} with a
 * stable {@code type} and a plain-language message, the limit on request bodies, and strict reading
 * of JSON bodies. Errors raised before our code runs — by Tomcat, Spring Security's firewall or the
 * error page — are problem+json too, and the engine REST API's refusals of another tenant's
 * resources are 404 in Camunda's own error shape.
 */
package vn.dvc.api;
