package vn.lachan.tip.reference.domain;

/**
 * One entry of the modus operandi list (table {@code modus_operandi}). New tips may name only active entries; the
 * statistics count every entry.
 */
public record ModusOperandi(String code, String labelVi, String labelEn, boolean active, int position) {
}
