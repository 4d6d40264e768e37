/**
 * Marriage registration ({@code processes/marriage-registration.bpmn}): intake of the portal's data
 * and the steps whose logic combines facts — the kinship of the two parties as far as the
 * population parent links show, the eligibility findings of the DMN turned into one outcome, the
 * officer's record that both parties attended and signed (checked on the review of the frame
 * handle-dossier, which the procedure calls for its lifecycle), and the marriage's date as civil
 * status records it. The extract is the shared issue-result step. Every registry call (population,
 * civil-status marriages, data quality) and every write-back (marriage record, both population
 * records, wallet deliveries) is a registry element template in the diagram; the write-backs are
 * keyed on the dossier and their task, so a retried job never writes twice.
 */
package vn.dvc.procedure.marriageregistration;
