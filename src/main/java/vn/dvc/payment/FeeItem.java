package vn.dvc.payment;

/**
 * One row of a fee decision: what is charged ({@code item}: a fee, a reduction, an exemption, one
 * fine), how much, and why in Vietnamese, as the citizen and the officer read it.
 */
public record FeeItem(String item, long amountVnd, String reason) {}
