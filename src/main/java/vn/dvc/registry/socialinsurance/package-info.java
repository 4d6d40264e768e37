/**
 * The social-insurance registry: unemployment-insurance contributions (the facts an unemployment
 * benefit is decided on), a person's insurance history (months contributed, pension: the facts of
 * the funeral allowance), and the grant of the funeral allowance. In the sandbox the months
 * contributed are the unemployment-insurance months of the sandbox data and pensioners exist only
 * when a test or the demo adds them.
 */
package vn.dvc.registry.socialinsurance;
