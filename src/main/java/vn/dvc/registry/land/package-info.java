/**
 * The land registry: parcels, their certificates, owners and mortgages. Procedures prove lawful
 * residence on owned land with it, and the land change registration writes the new owners of a
 * parcel back to it (transfer, gift, inheritance), once per dossier.
 */
package vn.dvc.registry.land;
