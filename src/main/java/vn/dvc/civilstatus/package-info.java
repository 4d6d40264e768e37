/**
 * The electronic civil-status database: births, marriages, deaths and divorces as communes
 * registered them, and the new records the procedures write. {@link
 * vn.dvc.civilstatus.CivilStatusRegistry} is the port.
 */
package vn.dvc.civilstatus;
