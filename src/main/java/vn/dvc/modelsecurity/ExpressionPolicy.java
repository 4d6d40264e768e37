package vn.dvc.modelsecurity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What a JUEL expression in a model may do. An expression is parsed with the engine's own JUEL
 * parser (the one that will evaluate it, so the tree checked is the tree run) and its syntax tree
 * walked; the rules are an allow-list, so syntax not named here is refused:
 *
 * <ul>
 *   <li>a method call {@code base.method(…)} only when {@code base.method} is listed (the base then
 *       a plain name, as {@code dossierClock.start}), or {@code *.method} is listed (any value the
 *       expression may otherwise read, as {@code *.concat} for strings);
 *   <li>{@code execution}, {@code task} and the other context objects the engine puts into every
 *       expression: only the listed properties ({@code execution.processBusinessKey}); as an
 *       argument they are passed to reviewed code and may be named freely;
 *   <li>a name that is a Spring bean must be a bean of reviewed code (its class in an allowed
 *       package): {@code identityService}, {@code processEngine}, {@code dataSource}… are refused
 *       wherever they appear, and a reviewed bean's properties are not read (only its listed
 *       methods called);
 *   <li>no functions ({@code now()}, {@code T(…)}), no bracket access ({@code
 *       execution['processEngineServices']}, which would name a property by a computed string), no
 *       {@code .class}.
 * </ul>
 *
 * <p>Any other name is a process variable; reading it and its properties is what models are for.
 */
final class ExpressionPolicy {

  /**
   * What {@code VariableScopeElResolver} resolves besides variables; their getters reach the
   * engine.
   */
  static final Set<String> CONTEXT_OBJECTS =
      Set.of("execution", "task", "externalTask", "caseExecution");

  private static final String WILDCARD = "*";

  // The engine's JuelExpressionManager parses with method invocations and varargs enabled.
  private final Builder parser =
      new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  private final Set<String> allowedCalls;
  private final Set<String> allowedContextProperties;
  private final List<String> allowedClassPrefixes;
  private final Function<String, Optional<String>> beanClass;

  /**
   * @param beanClass the class name of the Spring bean of that name, empty when no bean has it
   */
  ExpressionPolicy(
      ModelSecurityProperties properties, Function<String, Optional<String>> beanClass) {
    this.allowedCalls = Set.copyOf(properties.allowedMethodCalls());
    this.allowedContextProperties = Set.copyOf(properties.allowedExecutionProperties());
    this.allowedClassPrefixes = List.copyOf(properties.allowedClassPrefixes());
    this.beanClass = beanClass;
  }

  /** True when text holds something the engine would evaluate. */
  static boolean isExpression(String text) {
    return text.contains("${") || text.contains("#{");
  }

  /** The reasons this text may not be evaluated; empty when it may. */
  List<String> check(String text) {
    List<String> problems = new ArrayList<>();
    if (!isExpression(text)) {
      return problems;
    }
    try {
      visit(parser.build(text).getRoot(), problems);
    } catch (TreeBuilderException e) {
      problems.add("is not a valid expression (" + e.getMessage() + ")");
    }
    return problems;
  }

  /** True when a class of that name is reviewed code. */
  boolean isAllowedClass(String className) {
    String name = className.trim();
    return allowedClassPrefixes.stream().anyMatch(name::startsWith);
  }

  private void visit(Node node, List<String> problems) {
    if (node instanceof AstMethod method) {
      call(method, problems);
    } else if (node instanceof AstDot dot) {
      property(dot, problems);
    } else if (node instanceof AstBracket) {
      problems.add(
          "uses bracket access ([…]), which could name any property or method by a computed"
              + " string; write the property with a dot");
    } else if (node instanceof AstFunction function) {
      problems.add("calls the function " + function.getName() + "(…); models call no functions");
    } else if (node instanceof AstIdentifier identifier) {
      name(identifier.getName(), problems);
    } else {
      children(node, problems);
    }
  }

  private void call(AstMethod method, List<String> problems) {
    Node target = method.getChild(0);
    if (!(target instanceof AstDot dot)) {
      problems.add("calls a method chosen with brackets ([…](…)); models call listed methods only");
    } else {
      String name = propertyName(dot);
      Node base = dot.getChild(0);
      if (base instanceof AstIdentifier identifier
          && allowedCalls.contains(identifier.getName() + "." + name)) {
        // A listed pair is the reviewed decision that this call is safe: nothing more to check.
      } else if (allowedCalls.contains(WILDCARD + "." + name)) {
        visit(base, problems);
      } else {
        // Inner calls first, so that the problems read in the order the expression runs.
        visit(base, problems);
        String shown = base instanceof AstIdentifier identifier ? identifier.getName() : "…";
        problems.add(
            "calls " + shown + "." + name + "(…), not on dvc.models.security.allowed-method-calls");
      }
    }
    children(method.getChild(1), problems);
  }

  private void property(AstDot dot, List<String> problems) {
    String name = propertyName(dot);
    Node base = dot.getChild(0);
    if (name.equals("class")) {
      problems.add("reads .class, which leads to Java reflection");
      return;
    }
    if (base instanceof AstIdentifier identifier) {
      String object = identifier.getName();
      if (CONTEXT_OBJECTS.contains(object)) {
        if (!allowedContextProperties.contains(name)) {
          problems.add(
              "reads "
                  + object
                  + "."
                  + name
                  + ", not on dvc.models.security.allowed-execution-properties");
        }
      } else if (beanClass.apply(object).isPresent()) {
        name(object, problems);
        problems.add(
            "reads the property "
                + name
                + " of the Spring bean "
                + object
                + "; models only call a bean's listed methods");
      }
      return;
    }
    visit(base, problems);
  }

  private void name(String name, List<String> problems) {
    if (CONTEXT_OBJECTS.contains(name)) {
      return;
    }
    beanClass
        .apply(name)
        .filter(type -> !isAllowedClass(type))
        .ifPresent(
            type ->
                problems.add(
                    "names the Spring bean "
                        + name
                        + " ("
                        + type
                        + "), which is not code of this project"
                        + " (dvc.models.security.allowed-class-prefixes)"));
  }

  private void children(Node node, List<String> problems) {
    for (int i = 0; i < node.getCardinality(); i++) {
      visit(node.getChild(i), problems);
    }
  }

  /** JUEL keeps the name in a protected field; its toString is ". name" (see AstDot). */
  private static String propertyName(AstDot dot) {
    String text = dot.toString();
    return text.startsWith(". ") ? text.substring(2) : text;
  }
}
