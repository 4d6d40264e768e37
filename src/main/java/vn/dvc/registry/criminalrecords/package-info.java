/**
 * The judicial record registry: criminal convictions and whether each is expunged, what a criminal
 * record certificate states. Reads only.
 */
package vn.dvc.registry.criminalrecords;
