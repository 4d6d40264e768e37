/**
 * The VNeID citizen wallet: documents a procedure issues (an extract, a registration) delivered
 * into the holder's VNeID account, where the citizen shows them instead of paper. A write port.
 */
package vn.dvc.registry.wallet;
