/**
 * The procedure catalogue: the 25 procedures with their names, authorities, time limits, fees and
 * legal basis, kept by analysts in {@code catalogue/procedures.json} and validated at start-up, and
 * the JSON Schema of each procedure's {@code data}.
 */
package vn.dvc.catalogue;
