/**
 * The education registry: high-school students, their school, grade and the year of their
 * graduation exam, which procedures use instead of a certificate of enrolment. Reads only.
 */
package vn.dvc.registry.education;
