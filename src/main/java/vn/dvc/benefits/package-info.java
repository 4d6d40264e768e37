/**
 * Amounts that benefits and contributions are computed from, shared by the procedures that pay or
 * charge them (funeral allowance, household health insurance): the base salary (lương cơ sở, the
 * reference level of the Social Insurance Law 2024) with the date each level took effect, as
 * configuration an administrator updates when the government publishes a new level.
 */
package vn.dvc.benefits;
