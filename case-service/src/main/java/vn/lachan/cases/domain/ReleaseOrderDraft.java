package vn.lachan.cases.domain;

import vn.lachan.platform.money.Money;

/**
 * A release order as a police leader issues it: the đồng to release ({@code null}: all that may be released), the
 * order's number, date (ISO-8601 as sent) and reason.
 */
public record ReleaseOrderDraft(Money amount, String documentNumber, String documentDate, String reason) {
}
