package vn.lachan.tip.publictips.domain;

/**
 * How to reach a person, as far as they said (personal data). Absent values are null.
 *
 * @param phone E.164 once checked, e.g. {@code +84912345678}
 * @param email lower-case once checked
 */
public record Contact(String name, String phone, String email) {

    public static final Contact NONE = new Contact(null, null, null);

    public Contact {
        name = blankToNull(name);
        phone = blankToNull(phone);
        email = blankToNull(email);
    }

    public boolean isEmpty() {
        return name == null && phone == null && email == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
