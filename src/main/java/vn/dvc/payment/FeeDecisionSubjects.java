package vn.dvc.payment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The subjects the block {@code collect-fee} decides a fee for, as {@code
 * ${feeDecisionSubjects.of(execution)}}: the caller's {@code feeSubjects} (a traffic-fine dossier
 * pays several fines, one decision each), or one empty subject. Named apart from the variable
 * {@code feeSubjects}: the engine resolves a name to a variable before a bean, so a bean of the
 * same name would be hidden whenever a caller passes subjects. Public for the expression language.
 */
@Component("feeDecisionSubjects")
public class FeeDecisionSubjects {

  public List<Map<String, Object>> of(DelegateExecution execution) {
    Object given = execution.getVariable(FeeVariables.FEE_SUBJECTS);
    if (given == null) {
      return List.of(new HashMap<>());
    }
    if (!(given instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalStateException(
          "feeSubjects must be a non-empty list of maps, one per thing to pay for");
    }
    return list.stream()
        .map(
            subject -> {
              if (!(subject instanceof Map<?, ?> map)) {
                throw new IllegalStateException(
                    "feeSubjects must be a list of maps; found " + subject);
              }
              Map<String, Object> copy = new HashMap<>();
              map.forEach((key, value) -> copy.put(String.valueOf(key), value));
              return copy;
            })
        .toList();
  }
}
