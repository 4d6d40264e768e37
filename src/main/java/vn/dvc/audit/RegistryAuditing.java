package vn.dvc.audit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.time.EngineClock;

/**
 * Wraps every bean that implements a port marked {@link AuditedRegistry}, so that each call is
 * recorded whatever the implementation (sandbox or HTTP) and no port or adapter has to remember to
 * log. A call carrying an {@link IdempotencyKey}, or answering nothing, is a write; its detail is
 * the key. Every call names the first person it concerns, or else what it looked up.
 */
@Component
class RegistryAuditing implements BeanPostProcessor {

  private static final int MAX_DETAIL = 1000;

  private final ObjectProvider<RegistryAccessLog> log;
  private final ObjectProvider<AccessContext> context;

  RegistryAuditing(ObjectProvider<RegistryAccessLog> log, ObjectProvider<AccessContext> context) {
    this.log = log;
    this.context = context;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    Class<?>[] interfaces = ClassUtils.getAllInterfaces(bean);
    Optional<AuditedRegistry> registry =
        Arrays.stream(interfaces)
            .map(i -> i.getAnnotation(AuditedRegistry.class))
            .filter(a -> a != null)
            .findFirst();
    if (registry.isEmpty()) {
      return bean;
    }
    return Proxy.newProxyInstance(
        bean.getClass().getClassLoader(), interfaces, new Recorder(bean, registry.get().value()));
  }

  private final class Recorder implements InvocationHandler {
    private final Object target;
    private final String registry;

    Recorder(Object target, String registry) {
      this.target = target;
      this.registry = registry;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
      if (method.getDeclaringClass() == Object.class
          || method.getDeclaringClass().getAnnotation(AuditedRegistry.class) == null) {
        return call(method, arguments);
      }
      Object[] args = arguments == null ? new Object[0] : arguments;
      IdempotencyKey key = keyOf(args);
      try {
        Object result = call(method, args);
        record(method, args, key, outcome(method, result, key), key == null ? null : key.value());
        return result;
      } catch (Throwable failure) {
        String detail = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        record(
            method,
            args,
            key,
            RegistryAccess.Outcome.FAILED,
            detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail);
        throw failure;
      }
    }

    private Object call(Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    private void record(
        Method method,
        Object[] args,
        IdempotencyKey key,
        RegistryAccess.Outcome outcome,
        String detail) {
      AccessContext who = context.getObject();
      String procedure = who.procedureKey();
      log.getObject()
          .record(
              new RegistryAccess(
                  EngineClock.now(),
                  who.actor(),
                  who.dossierId(),
                  procedure,
                  registry,
                  method.getName(),
                  subjectOf(args),
                  who.purpose(procedure),
                  outcome,
                  detail));
    }
  }

  private static IdempotencyKey keyOf(Object[] args) {
    return Arrays.stream(args)
        .filter(IdempotencyKey.class::isInstance)
        .map(IdempotencyKey.class::cast)
        .findFirst()
        .orElse(null);
  }

  /** A call with an idempotency key, or one that answers nothing, changes the registry. */
  private static RegistryAccess.Outcome outcome(Method method, Object result, IdempotencyKey key) {
    if (key != null || method.getReturnType() == void.class) {
      return RegistryAccess.Outcome.WRITTEN;
    }
    boolean empty =
        result == null
            || (result instanceof Optional<?> optional && optional.isEmpty())
            || (result instanceof Collection<?> collection && collection.isEmpty());
    return empty ? RegistryAccess.Outcome.NOT_FOUND : RegistryAccess.Outcome.FOUND;
  }

  /**
   * What was looked up, or for a write the first person it concerns — never a whole record: a PIN
   * argument first, then the first PIN inside a record argument, then a text argument.
   */
  private static String subjectOf(Object[] args) {
    for (Object arg : args) {
      if (arg instanceof Pin pin) {
        return pin.value();
      }
    }
    for (Object arg : args) {
      if (arg != null && arg.getClass().isRecord() && !(arg instanceof IdempotencyKey)) {
        for (RecordComponent component : arg.getClass().getRecordComponents()) {
          if (component.getType() == Pin.class) {
            try {
              Object pin = component.getAccessor().invoke(arg);
              if (pin != null) {
                return ((Pin) pin).value();
              }
            } catch (ReflectiveOperationException e) {
              return null;
            }
          }
        }
      }
    }
    return Arrays.stream(args)
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .findFirst()
        .orElse(null);
  }
}
