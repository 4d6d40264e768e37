/**
 * Electronic medical birth certificates and death notices that hospitals and health stations send
 * before the event is registered.
 */
package vn.dvc.registry.healthfacilities;
