/**
 * The National Population Database as the procedures see it: citizens by personal identification
 * number, their residence, ID card, family links and marital status, and the newborns it assigns
 * PINs to. {@link vn.dvc.population.PopulationRegistry} is the port; the sandbox implementation
 * keeps its own tables loaded from {@code sandbox-data/population.json}.
 */
package vn.dvc.population;
