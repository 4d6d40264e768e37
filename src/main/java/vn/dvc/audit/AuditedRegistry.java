package vn.dvc.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a registry port: every call through any implementation of it is recorded in the registry
 * access log under this registry name (the {@code sources} names of document-types.json).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditedRegistry {

  String value();
}
