package vn.lachan.platform.api;

import vn.lachan.platform.error.Violations;

/** Page size and token of a list request; the token is the opaque position of the next page. */
public record Paging(int limit, int offset) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public static Paging of(int pageSize, String pageToken) {
        Violations v = new Violations();
        if (pageSize < 0 || pageSize > MAX_SIZE) {
            v.add("page_size", "OUT_OF_RANGE", "Số bản ghi mỗi trang từ 1 đến " + MAX_SIZE + ".",
                    "page_size must be between 1 and " + MAX_SIZE + ".");
        }
        int offset = 0;
        if (pageToken != null && !pageToken.isEmpty()) {
            try {
                offset = Integer.parseInt(pageToken);
                if (offset < 0) {
                    throw new NumberFormatException(pageToken);
                }
            } catch (NumberFormatException e) {
                v.add("page_token", "INVALID_FORMAT", "page_token không hợp lệ; dùng next_page_token của trang trước.",
                        "Invalid page_token; pass the next_page_token of the previous page.");
            }
        }
        v.throwIfAny();
        return new Paging(pageSize == 0 ? DEFAULT_SIZE : pageSize, offset);
    }

    /** The token of the page after one that returned {@code returned} rows; empty on the last page. */
    public String nextToken(int returned) {
        return returned < limit ? "" : Integer.toString(offset + returned);
    }
}
