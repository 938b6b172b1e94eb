package vn.lachan.tip.procedure.domain;

import java.util.UUID;

/** The case case-service opened for a tip decided "prosecute": its id and number, e.g. VA-2026-0001. */
public record CaseRef(UUID id, String number) {
}
