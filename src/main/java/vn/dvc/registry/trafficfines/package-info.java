/**
 * The traffic-fine registry: penalty decisions against vehicle owners, their amounts, decision
 * dates and issuing authorities, and whether they are paid. Procedures read the fines of a citizen
 * or of a plate, find one decision, and record a payment.
 */
package vn.dvc.registry.trafficfines;
