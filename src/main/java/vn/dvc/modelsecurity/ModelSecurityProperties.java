package vn.dvc.modelsecurity;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What a deployed model may make the engine run; everything else is refused at deployment (see
 * {@link ModelSecurityGuard}). The defaults in {@code application.yaml} are exactly what the
 * repository's models use: widening them is a code review, not a modelling decision.
 *
 * @param allowedClassPrefixes packages (ending in a dot) whose classes a model may name in {@code
 *     camunda:class} and the like, and whose Spring beans an expression may name
 * @param allowedMethodCalls {@code bean.method} (or {@code execution.method}) pairs an expression
 *     may call; {@code *.method} allows the method on any value the expression may read
 * @param allowedExecutionProperties properties of {@code execution} and {@code task} an expression
 *     may read (their other getters reach the whole engine)
 */
@Validated
@ConfigurationProperties("dvc.models.security")
record ModelSecurityProperties(
    @NotEmpty
        List<
                @Pattern(
                    regexp = "[a-zA-Z_][\\w]*(\\.[a-zA-Z_][\\w]*)*\\.",
                    message = "must be a package name ending in a dot, e.g. vn.dvc.")
                String>
            allowedClassPrefixes,
    @NotNull
        Set<
                @Pattern(
                    regexp = "(\\*|[a-zA-Z_$][\\w$]*)\\.[a-zA-Z_$][\\w$]*",
                    message = "must be base.method, e.g. dossierClock.start, or *.method")
                String>
            allowedMethodCalls,
    @NotNull
        Set<
                @Pattern(
                    regexp = "[a-zA-Z_$][\\w$]*",
                    message = "must be a property name, e.g. processBusinessKey")
                String>
            allowedExecutionProperties) {}
