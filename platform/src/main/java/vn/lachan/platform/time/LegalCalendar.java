package vn.lachan.platform.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one legal calendar of the platform: which days are days off (Saturdays, Sundays, public holidays including
 * Tết by the lunar calendar, compensatory and swapped days) and which weekend days are worked. A time limit that
 * ends on a day off ends on the next working day (Criminal Procedure Code 2015, Art. 134(1)).
 *
 * <p>Holidays are data, not rules: the Government fixes each year's Tết and swaps by decision, so an
 * administrator keeps a year's entries; the platform ships 2022–2027 ({@link #shipped()}). A year without
 * entries counts only weekends: {@link #covers(int)} tells which years are known.
 */
public final class LegalCalendar {

    static final String SHIPPED = "/vn/lachan/platform/time/days-off.tsv";
    private static final LegalCalendar SHIPPED_CALENDAR = of(load(LegalCalendar.class.getResourceAsStream(SHIPPED)));

    private final Map<LocalDate, DayOff> entries;
    private final SortedSet<Integer> years;

    private LegalCalendar(Map<LocalDate, DayOff> entries, SortedSet<Integer> years) {
        this.entries = entries;
        this.years = years;
    }

    /** A calendar of these entries; the years they fall in are the years it covers. */
    public static LegalCalendar of(Collection<DayOff> days) {
        Map<LocalDate, DayOff> map = new TreeMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (DayOff d : days) {
            if (map.put(d.day(), d) != null) {
                throw new IllegalArgumentException("two entries for " + d.day());
            }
            years.add(d.day().getYear());
        }
        return new LegalCalendar(map, years);
    }

    /** The calendar shipped with the platform: 2022–2027, from the Government's decisions on days off. */
    public static LegalCalendar shipped() {
        return SHIPPED_CALENDAR;
    }

    /** This calendar with the entries of {@code year} replaced by {@code days} (all of which must be in it). */
    public LegalCalendar withYear(int year, Collection<DayOff> days) {
        List<DayOff> all = new ArrayList<>();
        entries.values().stream().filter(d -> d.day().getYear() != year).forEach(all::add);
        for (DayOff d : days) {
            if (d.day().getYear() != year) {
                throw new IllegalArgumentException(d.day() + " is not in " + year);
            }
            all.add(d);
        }
        return of(all);
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public SortedSet<Integer> years() {
        return years;
    }

    /** The entries of one year, in order of day. */
    public List<DayOff> entries(int year) {
        return entries.values().stream().filter(d -> d.day().getYear() == year)
                .sorted(Comparator.comparing(DayOff::day)).toList();
    }

    public boolean isDayOff(LocalDate day) {
        DayOff entry = entries.get(day);
        if (entry != null) {
            return entry.kind().isOff();
        }
        return isWeekend(day);
    }

    public boolean isWorkingDay(LocalDate day) {
        return !isDayOff(day);
    }

    /** The day a time limit whose nominal last day is {@code nominal} really ends on (Art. 134). */
    public LocalDate lastDay(LocalDate nominal) {
        LocalDate day = nominal;
        for (int i = 0; i <= 366 && isDayOff(day); i++) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** A time limit of {@code days} days counted from {@code start} (Art. 134: it ends at 24:00 of its last day). */
    public LocalDate plusDays(LocalDate start, long days) {
        return lastDay(start.plusDays(days));
    }

    /** A time limit of {@code months} months from {@code start}: the same day of the later month, or its last day. */
    public LocalDate plusMonths(LocalDate start, long months) {
        return lastDay(start.plusMonths(months));
    }

    /** The latest working day on or before {@code day}: the last day to act on "at least N days before". */
    public LocalDate workingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        for (int i = 0; i <= 366 && isDayOff(d); i++) {
            d = d.minusDays(1);
        }
        return d;
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Reads entries written one a line as {@code yyyy-MM-dd<TAB>KIND<TAB>name}; {@code #} starts a comment. */
    static List<DayOff> load(InputStream in) {
        Objects.requireNonNull(in, "the shipped legal calendar is missing from the class path");
        List<DayOff> days = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                if (f.length != 3) {
                    throw new IllegalStateException("bad line in the legal calendar: " + line);
                }
                days.add(new DayOff(LocalDate.parse(f[0].trim()), DayOff.Kind.valueOf(f[1].trim()), f[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}
