package vn.lachan.platform.time;

/** Where a service gets the legal calendar as it stands now (an administrator may have changed a year). */
@FunctionalInterface
public interface LegalCalendarSource {

    LegalCalendar current();

    /** The calendar shipped with the platform, for a service that keeps no copy of its own. */
    static LegalCalendarSource shipped() {
        return LegalCalendar::shipped;
    }
}
