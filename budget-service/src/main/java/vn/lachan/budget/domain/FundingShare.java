package vn.lachan.budget.domain;

import vn.lachan.platform.money.Money;

/** The part of a line's planned money that comes from one funding source, e.g. {@code PROVINCIAL} or {@code CENTRAL}. */
public record FundingShare(String source, Money amount) {
}
