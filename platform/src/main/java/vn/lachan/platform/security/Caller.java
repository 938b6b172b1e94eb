package vn.lachan.platform.security;

import java.util.Arrays;
import java.util.Set;

/**
 * Who is calling, from the verified access token: the user (or client), the unit they belong to,
 * and their realm roles.
 *
 * @param subject  the token's subject
 * @param name     the user name, or the client id of a service account
 * @param unit     the unit code, e.g. {@code huyen-cao-lanh}; {@code he-thong} for the platform's own services
 * @param roles    realm roles, e.g. {@code tip-intake}
 */
public record Caller(String subject, String name, String unit, Set<String> roles) {

    /** The unit of the platform's own service accounts. */
    public static final String SYSTEM_UNIT = "he-thong";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** The provincial police and its units (Công an Tỉnh, PA05, …). */
    public boolean isPolice() {
        return unit.startsWith("cong-an-");
    }

    public boolean isSystem() {
        return SYSTEM_UNIT.equals(unit);
    }

    public boolean belongsTo(String unitCode) {
        return unit.equals(unitCode);
    }
}
