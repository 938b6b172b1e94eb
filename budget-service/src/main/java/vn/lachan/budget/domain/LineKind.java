package vn.lachan.budget.domain;

/** The four lines of the plan's Appendix 2, in the plan's order. */
public enum LineKind {
    /** Công tác phòng ngừa. */
    PREVENTION,
    /** Công tác đấu tranh. */
    COMBAT,
    /** Mua sắm trang thiết bị, phương tiện. */
    EQUIPMENT,
    /** Hoạt động chỉ đạo, quản lý, điều hành. */
    MANAGEMENT
}
