/**
 * The traffic-fine registry: penalty decisions against vehicle owners, their amounts and whether
 * they are paid. Procedures read the unpaid fines of a citizen and record a payment.
 */
package vn.dvc.registry.trafficfines;
