package vn.lachan.report.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every unit the platform knows, with its validity, read from a tab-separated table ({@code units/units.tsv}). Units
 * are data, never code: the 2025 reorganisation is rows with dates. The table is checked as a whole when read, so a
 * broken row stops the service at start-up rather than answering wrongly later.
 */
public final class UnitRegistry {

    public static final Set<String> KINDS =
            Set.of("committee", "police", "department", "procuracy", "court", "district", "bank", "ward", "commune");
    static final List<String> COLUMNS =
            List.of("code", "kind", "state_body", "parent", "valid_from", "valid_to", "successors", "name_vi", "name_en", "source");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

    private final Map<String, Unit> byCode;

    private UnitRegistry(Map<String, Unit> byCode) {
        this.byCode = byCode;
    }

    /** Reads the table: lines starting with '#' are comments, the first other line is the header. */
    public static UnitRegistry read(Reader source) {
        Map<String, Unit> units = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(source)) {
            String line;
            boolean header = true;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header) {
                    if (!Arrays.asList(cells).equals(COLUMNS)) {
                        problems.add("line " + number + ": header must be " + String.join(",", COLUMNS));
                    }
                    header = false;
                    continue;
                }
                Unit unit = row(number, cells, problems);
                if (unit != null && units.putIfAbsent(unit.code(), unit) != null) {
                    problems.add("line " + number + ": code " + unit.code() + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkReferences(units, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The unit table is inconsistent:\n" + String.join("\n", problems));
        }
        return new UnitRegistry(units);
    }

    private static Unit row(int number, String[] cells, List<String> problems) {
        if (cells.length != COLUMNS.size()) {
            problems.add("line " + number + ": " + cells.length + " cells, expected " + COLUMNS.size());
            return null;
        }
        String code = cells[0];
        if (!CODE.matcher(code).matches()) {
            problems.add("line " + number + ": bad code '" + code + "'");
        }
        if (!KINDS.contains(cells[1])) {
            problems.add("line " + number + ": unknown kind '" + cells[1] + "'");
        }
        boolean stateBody = cells[2].equals("yes");
        if (!stateBody && !cells[2].equals("no")) {
            problems.add("line " + number + ": state_body must be yes or no, not '" + cells[2] + "'");
        }
        LocalDate from = date(number, "valid_from", cells[4], problems);
        LocalDate to = cells[5].isEmpty() ? null : date(number, "valid_to", cells[5], problems);
        if (from == null && cells[4].isEmpty()) {
            problems.add("line " + number + ": valid_from is required");
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("line " + number + ": valid_to before valid_from");
        }
        List<String> successors = cells[6].isEmpty() ? List.of() : List.of(cells[6].split(","));
        if (cells[7].isBlank() || cells[8].isBlank() || cells[9].isBlank()) {
            problems.add("line " + number + ": names and source are required");
        }
        return new Unit(code, cells[1], stateBody, cells[3].isEmpty() ? null : cells[3], from, to, successors,
                cells[7], cells[8], cells[9]);
    }

    private static LocalDate date(int number, String column, String text, List<String> problems) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add("line " + number + ": " + column + " '" + text + "' is not an ISO date");
            return null;
        }
    }

    /** Parents and successors must exist; a unit that ended names who took over, and they existed the day after. */
    private static void checkReferences(Map<String, Unit> units, List<String> problems) {
        for (Unit u : units.values()) {
            if (u.parent() != null && !units.containsKey(u.parent())) {
                problems.add(u.code() + ": unknown parent " + u.parent());
            }
            if (u.validTo() != null && u.successors().isEmpty()) {
                problems.add(u.code() + ": ended on " + u.validTo() + " without successors");
            }
            for (String s : u.successors()) {
                Unit successor = units.get(s);
                if (successor == null) {
                    problems.add(u.code() + ": unknown successor " + s);
                } else if (u.validTo() != null && u.validFrom() != null && successor.validFrom() != null
                        && !successor.existedOn(u.validTo().plusDays(1))) {
                    problems.add(u.code() + ": successor " + s + " did not exist on " + u.validTo().plusDays(1));
                }
            }
        }
    }

    public Optional<Unit> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every unit ever, in the table's order. */
    public List<Unit> all() {
        return List.copyOf(byCode.values());
    }

    /** The units that existed on a day, by code. */
    public List<Unit> asOf(LocalDate day) {
        return byCode.values().stream().filter(u -> u.existedOn(day)).sorted(Comparator.comparing(Unit::code)).toList();
    }

    /** Whether the unit existed on at least one day of the range: only then may it report for that range. */
    public boolean existedDuring(String code, LocalDate from, LocalDate to) {
        Unit unit = byCode.get(code);
        return unit != null && unit.existedDuring(from, to);
    }
}
