/**
 * The electricity registry: electricity purchase contracts, their customer, supply address and
 * meter. Procedures read who holds a contract, open a new connection and transfer a contract to a
 * new customer (a dwelling sold or inherited).
 */
package vn.dvc.registry.electricity;
