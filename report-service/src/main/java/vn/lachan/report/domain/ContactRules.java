package vn.lachan.report.domain;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import vn.lachan.platform.error.Violations;

/** What a unit's reporting contact may be: one plain e-mail address (RFC 5322 as Jakarta Mail reads it strictly). */
public final class ContactRules {

    /** The longest address SMTP carries (RFC 5321: a 256-octet path, less the angle brackets). */
    public static final int MAX_EMAIL = 254;

    private ContactRules() {
    }

    /**
     * The address as it will be stored (trimmed), or empty for "remove"; adds a field violation to {@code v} when
     * it is not one plain address: no display name ("Văn thư &lt;a@b&gt;"), no list, no local address without a domain.
     */
    public static String email(Violations v, String field, String email) {
        String given = email == null ? "" : email.strip();
        if (given.isEmpty()) {
            return "";
        }
        if (given.length() > MAX_EMAIL) {
            v.add(field, "TOO_LONG", "Địa chỉ thư điện tử dài tối đa " + MAX_EMAIL + " ký tự.",
                    "An e-mail address has at most " + MAX_EMAIL + " characters.");
            return given;
        }
        try {
            InternetAddress address = new InternetAddress(given, true);
            address.validate();
            String bare = address.getAddress();
            if (!bare.equals(given) || address.getPersonal() != null || bare.indexOf('@') < 1
                    || bare.substring(bare.indexOf('@') + 1).indexOf('.') < 1) {
                throw new AddressException("not one plain address with a domain", given);
            }
        } catch (AddressException e) {
            v.add(field, "MALFORMED", "Địa chỉ thư điện tử không hợp lệ; ví dụ: vanthu@sotuphap.dongthap.gov.vn.",
                    "Not a valid e-mail address; e.g. vanthu@sotuphap.dongthap.gov.vn.");
        }
        return given;
    }
}
