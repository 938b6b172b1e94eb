package vn.lachan.cases.domain;

import java.time.Instant;

/** The bank's report that it paid a return instruction: when (null: not given) and its reference of the payment. */
public record ReturnExecution(Instant executedAt, String bankReference) {
}
