package vn.dvc.modelsecurity;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Refuses a new deployment whose models could run code the project did not review, before any other
 * deployer parses it: the whole deployment fails with {@link BadUserRequestException} (400 over
 * {@code /engine-rest}), its transaction rolls back and nothing is stored. Every problem found is
 * listed, each with resource, element id and the offending text, so that the analyst fixes all at
 * once.
 *
 * <p>Reads the raw XML, not Camunda's model API, to see every attribute and text whatever element
 * or namespace it sits in (the engine accepts {@code activiti:} as well as {@code camunda:}); and
 * refuses a DTD outright, so that no entity trick makes this parser and the engine's see different
 * text.
 */
final class ModelSecurityGuard implements Deployer {

  private static final Logger log = LoggerFactory.getLogger(ModelSecurityGuard.class);

  private static final Set<String> EXTENSION_NAMESPACES =
      Set.of(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS, BpmnParser.ACTIVITI_BPMN_EXTENSIONS_NS);

  private static final Pattern DELEGATE_EXPRESSION =
      Pattern.compile("\\s*\\$\\{\\s*[a-zA-Z_$][\\w$]*\\s*}\\s*");

  /** FEEL string literals, removed before looking for the keyword {@code external}. */
  private static final Pattern FEEL_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  private static final Pattern FEEL_EXTERNAL = Pattern.compile("\\bexternal\\b");

  private static final Set<String> FEEL_URIS =
      Set.of(
          DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
          DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
          DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
          DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
          DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15);

  private static final int SHOWN_TEXT = 200;

  private final ExpressionPolicy expressions;
  private final UnaryOperator<String> dmnDefaultLanguage;

  /**
   * @param dmnDefaultLanguage the engine's default expression language for a DMN expression element
   *     ({@code inputExpression}, {@code inputEntry}, {@code outputEntry}, {@code
   *     literalExpression}), null for FEEL
   */
  ModelSecurityGuard(ExpressionPolicy expressions, UnaryOperator<String> dmnDefaultLanguage) {
    this.expressions = expressions;
    this.dmnDefaultLanguage = dmnDefaultLanguage;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    // Deployers also run when the cache is refilled from a stored deployment: only new ones are
    // checked, the stored ones passed (or predate) this check.
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    List<String> problems = new ArrayList<>();
    deployment.getResources().values().stream()
        .sorted(Comparator.comparing(ResourceEntity::getName))
        .forEach(resource -> problems.addAll(check(resource.getName(), resource.getBytes())));
    if (!problems.isEmpty()) {
      String user =
          Context.getCommandContext() == null
              ? null
              : Context.getCommandContext().getAuthenticatedUserId();
      log.warn(
          "Deployment '{}' by {} refused: {}",
          deployment.getName(),
          user == null ? "the application" : user,
          String.join("; ", problems));
      throw new BadUserRequestException(
          "Deployment refused: a model may run only code this project reviewed (see the analyst"
              + " guide, \"What a model may contain\").\n  "
              + String.join("\n  ", problems));
    }
  }

  /** One line per problem of this resource, each naming it; empty when it may be deployed. */
  List<String> check(String resource, byte[] content) {
    List<String> problems = new ArrayList<>();
    if (resource.endsWith(".form")) {
      // form-js renders in the officer's browser; it runs nothing on the server.
      return problems;
    }
    boolean bpmn = resource.endsWith(".bpmn") || resource.endsWith(".bpmn20.xml");
    boolean dmn = resource.endsWith(".dmn") || resource.endsWith(".dmn11.xml");
    if (!bpmn && !dmn) {
      problems.add(
          resource
              + ": only .bpmn, .dmn and .form files are deployed here; a script, a CMMN case or an"
              + " HTML form could run code the project did not review");
      return problems;
    }
    Document document;
    try {
      document = parser().parse(new ByteArrayInputStream(content));
    } catch (Exception e) {
      problems.add(resource + ": not well-formed XML, or declares a DTD (" + e.getMessage() + ")");
      return problems;
    }
    Checker checker = new Checker(resource, problems);
    if (bpmn) {
      checker.bpmn(document.getDocumentElement());
    } else {
      checker.dmn(document.getDocumentElement());
    }
    return problems;
  }

  private static DocumentBuilder parser() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    // Parse errors become problems, not log lines on stderr.
    builder.setErrorHandler(null);
    return builder;
  }

  /** Walks one resource, collecting its problems. */
  private final class Checker {
    private final String resource;
    private final List<String> problems;

    Checker(String resource, List<String> problems) {
      this.resource = resource;
      this.problems = problems;
    }

    void bpmn(Element element) {
      String name = element.getLocalName();
      if (name.equals("documentation") || name.equals("textAnnotation")) {
        return; // prose, never evaluated
      }
      if (name.equals("scriptTask")) {
        problem(element, "is a script task; scripts can run any code", null);
        return;
      } else if (name.equals("script")) {
        problem(element, "holds a script; scripts can run any code", null);
        return;
      } else if (name.equals("connector")) {
        problem(element, "uses a Camunda connector; registries are called through templates", null);
        return;
      } else if (name.equals("constraint") && "validator".equals(element.getAttribute("name"))) {
        String config = element.getAttribute("config");
        if (!DELEGATE_EXPRESSION.matcher(config).matches() && !expressions.isAllowedClass(config)) {
          problem(element, "names a form field validator class outside the project", config);
        }
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        bpmnAttribute(element, (Attr) attributes.item(i));
      }
      // The engine reads an element's text as one string, whatever comments or CDATA sections
      // split it into: so must this check ("$<!---->{…}" is an expression).
      StringBuilder text = new StringBuilder();
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element childElement) {
          bpmn(childElement);
        } else if (child instanceof Text characters) {
          text.append(characters.getData());
        }
      }
      expression(element, text.toString(), "text of <" + name + ">");
    }

    private void bpmnAttribute(Element element, Attr attribute) {
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
        return;
      }
      String name = attribute.getLocalName();
      String value = attribute.getValue();
      String shown = attribute.getName();
      if (name.equals("language") || name.equals("scriptFormat")) {
        problem(
            element, "gives a script language in " + shown + "; scripts can run any code", value);
      } else if (name.equals("class") || name.endsWith("Class")) {
        if (!expressions.isAllowedClass(value)) {
          problem(
              element,
              "names the class "
                  + value.trim()
                  + " in "
                  + shown
                  + ", which is not code of this project (dvc.models.security.allowed-class-prefixes)",
              null);
        }
      } else if (name.equals("delegateExpression") || name.endsWith("DelegateExpression")) {
        if (!DELEGATE_EXPRESSION.matcher(value).matches()) {
          problem(element, "has a " + shown + " that is not just ${beanName}", value);
          return;
        }
      } else if (name.equals("formKey")
          && EXTENSION_NAMESPACES.contains(attribute.getNamespaceURI())
          && !value.trim().startsWith("camunda-forms:")) {
        // An embedded or external form is HTML whose scripts Tasklist runs in the officer's (or an
        // administrator's) browser session; Camunda Forms (formRef) render without scripts.
        problem(
            element,
            "has " + shown + "=\"" + value + "\"; tasks use Camunda Forms (camunda:formRef)",
            null);
      } else if (name.equals("type")
          && EXTENSION_NAMESPACES.contains(attribute.getNamespaceURI())
          && !value.trim().equalsIgnoreCase("external")) {
        // camunda:type="shell" runs an operating-system command; "mail" sends mail.
        problem(
            element, "has " + shown + "=\"" + value + "\"; only external tasks are allowed", null);
      }
      expression(element, value, shown);
    }

    void dmn(Element element) {
      String name = element.getLocalName();
      if (name.equals("textAnnotation") || name.equals("description")) {
        return; // prose, never evaluated
      }
      String language = element.getAttribute("expressionLanguage");
      if (!language.isEmpty() && kind(language) == null) {
        problem(
            element,
            "uses the expression language \""
                + language
                + "\"; decisions are written in FEEL (or JUEL)",
            null);
      }
      if (name.equals("text")) {
        dmnText(element);
        return;
      }
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element childElement) {
          dmn(childElement);
        }
      }
    }

    private void dmnText(Element text) {
      String content = text.getTextContent();
      Element expression = (Element) text.getParentNode();
      String declared = declaredLanguage(expression);
      String language =
          declared != null ? declared : dmnDefaultLanguage.apply(expression.getLocalName());
      String kind = language == null ? "feel" : kind(language);
      if (kind == null) {
        if (declared == null) {
          problem(
              expression,
              "is evaluated in the engine's default language \""
                  + language
                  + "\"; decisions are written in FEEL (or JUEL)",
              null);
        } // else reported on the element that declares it
      } else if (kind.equals("juel")) {
        expression(expression, content, "JUEL text");
      } else if (FEEL_EXTERNAL.matcher(FEEL_STRING.matcher(content).replaceAll("\"\"")).find()) {
        problem(
            expression,
            "declares an external (Java) function in FEEL; decisions call no Java",
            content);
      }
    }

    /** The language declared on this element or its nearest ancestor, null when none is. */
    private String declaredLanguage(Element element) {
      for (Node node = element; node instanceof Element e; node = e.getParentNode()) {
        if (e.hasAttribute("expressionLanguage")) {
          return e.getAttribute("expressionLanguage");
        }
      }
      return null;
    }

    private void expression(Element element, String text, String where) {
      if (!ExpressionPolicy.isExpression(text)) {
        return;
      }
      List<String> reasons = expressions.check(text);
      if (!reasons.isEmpty()) {
        problem(element, "in " + where + ", " + String.join("; ", reasons), text);
      }
    }

    private void problem(Element element, String what, String text) {
      StringBuilder line = new StringBuilder(resource).append(", element ");
      line.append(elementId(element));
      line.append(": ").append(what);
      if (text != null) {
        String shown = text.strip();
        if (shown.length() > SHOWN_TEXT) {
          shown = shown.substring(0, SHOWN_TEXT) + "…";
        }
        line.append(": ").append(shown);
      }
      problems.add(line.toString());
    }

    private String elementId(Element element) {
      for (Node node = element; node instanceof Element e; node = e.getParentNode()) {
        if (e.hasAttribute("id")) {
          return e.getAttribute("id") + (e == element ? "" : " (<" + element.getLocalName() + ">)");
        }
      }
      return "<" + element.getLocalName() + ">";
    }
  }

  /** "feel" or "juel" for a language a decision may use, null for any other. */
  private static String kind(String language) {
    String trimmed = language.trim();
    if (FEEL_URIS.contains(trimmed)
        || trimmed.equalsIgnoreCase(
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE)) {
      return "feel";
    }
    if (trimmed
        .toLowerCase(Locale.ROOT)
        .equals(DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE)) {
      return "juel";
    }
    return null;
  }
}
