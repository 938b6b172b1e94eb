package vn.lachan.cases.domain;

import java.time.Instant;
import vn.lachan.platform.money.Money;

/** The bank's report that it executed a release order: when, and the đồng released (null: not given). */
public record ReleaseExecution(Instant releasedAt, Money amountReleased) {
}
