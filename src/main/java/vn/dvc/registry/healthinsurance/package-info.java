/**
 * The health-insurance registry of social security: the cards people hold, issued for a newborn in
 * the interlinked birth procedure and renewed for households. A valid card is a fact procedures use
 * instead of asking for the card.
 */
package vn.dvc.registry.healthinsurance;
