package vn.lachan.tip.intake;

import java.util.UUID;

/**
 * Published inside the transaction that received a tip or changed its status; after the commit the scam-check
 * index reads the tip's indicators again from PostgreSQL.
 */
public record TipChanged(UUID tipId) {
}
