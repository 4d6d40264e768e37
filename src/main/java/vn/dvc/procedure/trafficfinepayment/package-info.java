/**
 * Traffic-fine payment (procedure 8, nộp phạt vi phạm giao thông): the citizen names a penalty
 * decision, or a plate and some of its unpaid fines; anyone may pay, the owner is told. The amount
 * (the fine and late-payment interest) is the DMN {@code traffic-fine-payment-fee}; the fee block
 * collects it; a decision is claimed by one dossier at a time so that it is never paid twice.
 */
package vn.dvc.procedure.trafficfinepayment;
