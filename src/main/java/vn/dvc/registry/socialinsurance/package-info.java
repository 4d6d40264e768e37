/**
 * The social-insurance registry: unemployment-insurance contributions, the facts an unemployment
 * benefit is decided on (months contributed, end of the contract, salary). Reads only.
 */
package vn.dvc.registry.socialinsurance;
