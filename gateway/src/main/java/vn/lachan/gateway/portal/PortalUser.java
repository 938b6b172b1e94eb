package vn.lachan.gateway.portal;

import java.util.List;

/**
 * The signed-in user as the portal shows them.
 *
 * @param name     display name (the {@code name} claim), e.g. {@code Đặng Văn Hùng}
 * @param username the Keycloak user name
 * @param unit     the unit code, e.g. {@code huyen-cao-lanh}
 * @param roles    realm roles, sorted
 * @param sections the portal's sections these roles use, in the portal's order ({@link PortalSections})
 */
public record PortalUser(String name, String username, String unit, List<String> roles, List<String> sections) {
}
