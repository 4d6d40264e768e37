/**
 * The land registry: parcels, their certificates, owners and mortgages. Reads only; what a
 * procedure proves with it is lawful residence on owned land.
 */
package vn.dvc.registry.land;
