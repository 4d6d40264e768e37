/**
 * What a deployed model may make the engine run. Whoever may deploy (analysts, from Camunda
 * Modeler) would otherwise run any Java code as the engine: a JUEL expression reaches every method
 * and Spring bean, a script task runs JavaScript or Groovy, {@code camunda:class} instantiates any
 * class. A deploy-time guard, in the engine so that every path is covered (REST, webapps, Java API,
 * any user including administrators), refuses a deployment unless its models use only reviewed
 * code: classes and beans of this project, and the expression calls the repository's models make,
 * listed in configuration.
 *
 * <p>A package of its own rather than part of {@code vn.dvc.deployment}: that package deploys the
 * repository's models, whereas this rule holds for every deployment, the repository's included.
 */
package vn.dvc.modelsecurity;
