package vn.lachan.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.money.Money;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.time.LegalTime;
import vn.lachan.platform.unit.RegisteredUnit;

class ChangeRulesTest {

    static final Caller PLANNER = new Caller("s1", "taichinh", "so-tai-chinh", Set.of("budget-planner", "budget-spender"));
    static final Caller APPROVER = new Caller("s2", "ubnd", "ubnd-tinh", Set.of("budget-approver"));
    static final Caller BOTH = new Caller("s3", "pho-chu-tich", "ubnd-tinh", Set.of("budget-planner", "budget-approver"));
    static final Set<String> SOURCES = Set.of("PROVINCIAL", "CENTRAL");

    static BudgetLine line(String id, long plannedMillions, long allocatedMillions, long usedMillions) {
        return new BudgetLine(id, Integer.parseInt(id.substring(0, 4)), LineKind.valueOf(id.substring(5)), id, id,
                List.of(new FundingShare("PROVINCIAL", Money.millions(plannedMillions))), Money.millions(allocatedMillions),
                Money.millions(usedMillions), Money.ZERO, Money.ZERO);
    }

    static UnitExecution unit(String line, String unit, long allocatedMillions, long committedMillions, long spentMillions) {
        return new UnitExecution(line, unit, Money.millions(allocatedMillions), Money.millions(committedMillions),
                Money.ZERO, Money.millions(spentMillions));
    }

    static ChangeDraft transfer(String fromLine, String fromUnit, String toLine, String toUnit, long dong) {
        return new ChangeDraft(ChangeKind.TRANSFER, "transfer", fromLine, fromUnit, toLine, toUnit, null, dong, "Điều chuyển");
    }

    static List<String> fields(Runnable check) {
        var failure = catchThrowableOfType(ValidationException.class, check::run);
        assertThat(failure).isNotNull();
        return failure.violations().stream().map(FieldViolation::field).toList();
    }

    @Test
    void badAmountsNotesAndSameSourceAndTargetAreFieldErrors() {
        assertThat(fields(() -> ChangeRules.checkDraft(transfer("2025-COMBAT", null, "2025-PREVENTION", null, 0))))
                .containsExactly("transfer.amount.dong");
        assertThat(fields(() -> ChangeRules.checkDraft(transfer("2025-COMBAT", null, "2025-PREVENTION", null,
                Amounts.MAX_DONG + 1)))).containsExactly("transfer.amount.dong");
        assertThat(fields(() -> ChangeRules.checkDraft(transfer("2025-COMBAT", "cong-an-tinh", "2025-COMBAT",
                "cong-an-tinh", 5)))).containsExactly("transfer.to_unit");
        assertThat(fields(() -> ChangeRules.checkDraft(transfer("2025-COMBAT", null, "2025-COMBAT", "cong-an-tinh", 5))))
                .containsExactly("transfer.from_unit");
        assertThat(fields(() -> ChangeRules.checkDraft(new ChangeDraft(ChangeKind.TRANSFER, "transfer", null, "Công An",
                "2025-COMBAT", null, null, -1, " ")))).containsExactlyInAnyOrder("transfer.from_line_id",
                "transfer.from_unit", "transfer.amount.dong", "transfer.note");
        assertThat(fields(() -> ChangeRules.checkDraft(new ChangeDraft(ChangeKind.REVISION, "revision", null, null, null,
                null, null, 5, "x")))).containsExactly("revision.direction");
        assertThat(fields(() -> ChangeRules.checkDraft(new ChangeDraft(ChangeKind.CARRY_FORWARD, "carry_forward",
                "2024-COMBAT", null, null, null, null, 5, "x".repeat(2001))))).containsExactlyInAnyOrder(
                "carry_forward.unit", "carry_forward.note");
        assertThatCode(() -> ChangeRules.checkDraft(transfer("2025-COMBAT", "cong-an-tinh", "2025-COMBAT", "so-tttt", 5)))
                .doesNotThrowAnyException();
    }

    @Test
    void onlyPlannersRequestAndTheRequesterNeverDecides() {
        catchThrowableOfType(AccessDeniedException.class, () -> ChangeRules.checkRequester(APPROVER));
        assertThatCode(() -> ChangeRules.checkRequester(PLANNER)).doesNotThrowAnyException();
        var own = requested("pho-chu-tich", AllocationStatus.REQUESTED);
        var ownDecision = catchThrowableOfType(ValidationException.class, () -> ChangeRules.checkDecision(BOTH, own, true, ""));
        assertThat(ownDecision.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("id");
            assertThat(v.code()).isEqualTo(Decisions.OWN_REQUEST);
            assertThat(v.vi()).contains("không được tự");
        });
        catchThrowableOfType(AccessDeniedException.class,
                () -> ChangeRules.checkDecision(PLANNER, requested("x", AllocationStatus.REQUESTED), true, ""));
        var twice = catchThrowableOfType(ValidationException.class,
                () -> ChangeRules.checkDecision(APPROVER, requested("taichinh", AllocationStatus.APPROVED), true, ""));
        assertThat(twice.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("id");
            assertThat(v.code()).isEqualTo(Decisions.ALREADY_DECIDED);
            assertThat(v.en()).contains("already approved");
        });
        assertThat(fields(() -> ChangeRules.checkDecision(APPROVER, requested("taichinh", AllocationStatus.REQUESTED),
                false, " "))).containsExactly("note");
    }

    @Test
    void aCarryForwardIsRequestedAndApprovedOnlyOnceTheLinesYearIsOverOnTheLegalCalendar() {
        LocalDate lastDay = LocalDate.of(2025, 12, 31);
        var early = catchThrowableOfType(ValidationException.class, () -> ChangeRules.checkYearOver(2025, lastDay));
        assertThat(early.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("line_id");
            assertThat(v.code()).isEqualTo("YEAR_NOT_OVER");
            assertThat(v.vi()).contains("2025", "31/12/2025", "chuyển nguồn");
            assertThat(v.en()).contains("2025 is over", "today is 31/12/2025");
        });
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> ChangeRules.checkYearOver(2026, LocalDate.of(2026, 12, 5)))).isNotNull();
        assertThatCode(() -> ChangeRules.checkYearOver(2025, lastDay.plusDays(1))).doesNotThrowAnyException();
        assertThatCode(() -> ChangeRules.checkYearOver(2022, LocalDate.of(2026, 12, 5))).doesNotThrowAnyException();
        // 23:59 on 31 December in Vietnam is 16:59 UTC: still the old year there, whatever the server's zone
        assertThat(LegalTime.legalDay(Instant.parse("2025-12-31T16:59:59Z"))).isEqualTo(lastDay);
        assertThat(LegalTime.legalDay(Instant.parse("2025-12-31T17:00:00Z"))).isEqualTo(lastDay.plusDays(1));

        var carry = new BudgetChange(UUID.randomUUID(), ChangeKind.CARRY_FORWARD, 2025, "2025-COMBAT", "cong-an-tinh",
                "2026-COMBAT", "cong-an-tinh", "PROVINCIAL", Money.millions(5), "Chuyển nguồn", AllocationStatus.REQUESTED,
                "taichinh", Instant.parse("2025-11-01T02:00:00Z"), null, null, null, List.of());
        var approval = catchThrowableOfType(ConflictException.class, () -> ChangeRules.checkApprovalAfterYear(carry, lastDay));
        assertThat(approval.en()).contains("2025 is over");
        assertThatCode(() -> ChangeRules.checkApprovalAfterYear(carry, lastDay.plusDays(1))).doesNotThrowAnyException();
        // transfers and revisions happen within their year
        assertThatCode(() -> ChangeRules.checkApprovalAfterYear(requested("taichinh", AllocationStatus.REQUESTED), lastDay))
                .doesNotThrowAnyException();
    }

    @Test
    void moneyLeavesOnlyWhatIsFree() {
        BudgetLine combat = line("2025-COMBAT", 400, 300, 100);
        BudgetLine prevention = line("2025-PREVENTION", 300, 0, 0);
        // 100 million unallocated on the line: 100 may move, 100 million and 1 đồng not
        assertThat(ChangeRules.movements(Money.millions(100), "PROVINCIAL", combat, null, prevention, null))
                .extracting(Movement::delta).containsExactly(Money.millions(-100), Money.millions(100));
        var above = catchThrowableOfType(ConflictException.class, () -> ChangeRules.movements(
                Money.millions(100).plus(Money.dong(1)), "PROVINCIAL", combat, null, prevention, null));
        assertThat(above.vi()).contains("chưa phân bổ", "100.000.000 đ");
        // a unit's allocation: only what it has neither committed nor spent
        UnitExecution police = unit("2025-COMBAT", "cong-an-tinh", 300, 60, 40);
        assertThat(ChangeRules.movements(Money.millions(200), "PROVINCIAL", combat, police, combat,
                UnitExecution.none("2025-COMBAT", "so-tttt"))).containsExactly(
                new Movement("2025-COMBAT", "cong-an-tinh", null, Money.millions(-200), Money.millions(300), Money.millions(100)),
                new Movement("2025-COMBAT", "so-tttt", null, Money.millions(200), Money.ZERO, Money.millions(200)));
        var spent = catchThrowableOfType(ConflictException.class, () -> ChangeRules.movements(
                Money.millions(201), "PROVINCIAL", combat, police, combat, UnitExecution.none("2025-COMBAT", "so-tttt")));
        assertThat(spent.en()).contains("neither committed nor spent");
        // a source the line has not that much of
        catchThrowableOfType(ConflictException.class, () -> ChangeRules.movements(Money.millions(1), "CENTRAL",
                prevention, null, null, null));
    }

    @Test
    void theSourceIsTheLinesOnlyOneOrMustBeNamed() {
        BudgetLine both = new BudgetLine("2025-EQUIPMENT", 2025, LineKind.EQUIPMENT, "", "", List.of(
                new FundingShare("PROVINCIAL", Money.millions(10)), new FundingShare("CENTRAL", Money.millions(5))),
                Money.ZERO, Money.ZERO);
        ChangeDraft unnamed = transfer("2025-EQUIPMENT", null, "2025-COMBAT", null, 5);
        assertThat(fields(() -> ChangeRules.source(unnamed, both, line("2025-COMBAT", 1, 0, 0), SOURCES)))
                .containsExactly("transfer.funding_source");
        assertThat(ChangeRules.source(unnamed, line("2025-COMBAT", 1, 0, 0), both, SOURCES)).isEqualTo("PROVINCIAL");
        ChangeDraft unknown = new ChangeDraft(ChangeKind.TRANSFER, "transfer", "2025-EQUIPMENT", null, "2025-COMBAT",
                null, "WORLD_BANK", 5, "x");
        assertThat(fields(() -> ChangeRules.source(unknown, both, null, SOURCES))).containsExactly("transfer.funding_source");
    }

    /**
     * Any sequence of transfers, revisions and carry-forwards, approved or refused, keeps the books: a year's lines add
     * up to Appendix 2 plus its revisions and carry-forwards, no line allocates more than it plans, no allocation is
     * below zero, and a carry-forward only ever moves money a unit had neither committed nor spent.
     */
    @Test
    void everySequenceOfChangesReconcilesToTheDong() {
        Random random = new Random(20251205);
        String[] units = {"cong-an-tinh", "so-tttt", "huyen-lai-vung"};
        Map<String, Long> planned = new HashMap<>();
        Map<String, Long> allocated = new HashMap<>(); // "line|unit"
        Map<String, Long> used = new HashMap<>();
        Map<Integer, Long> appendix = new HashMap<>();
        Map<Integer, Long> revisedAndCarried = new HashMap<>();
        List<String> lineIds = new ArrayList<>();
        for (int year = 2022; year <= 2026; year++) {
            for (LineKind kind : LineKind.values()) {
                String id = year + "-" + kind;
                lineIds.add(id);
                long p = (1 + random.nextInt(400)) * 1_000_000L;
                planned.put(id, p);
                appendix.merge(year, p, Long::sum);
                long a = p / 2;
                allocated.put(id + "|cong-an-tinh", a);
                used.put(id + "|cong-an-tinh", a / 3);
            }
        }
        int approved = 0;
        for (int step = 0; step < 3_000; step++) {
            String fromId = lineIds.get(random.nextInt(lineIds.size()));
            int year = Integer.parseInt(fromId.substring(0, 4));
            String kindOfFrom = fromId.substring(5);
            String toId = year + "-" + LineKind.values()[random.nextInt(4)];
            String fromUnit = random.nextBoolean() ? units[random.nextInt(units.length)] : null;
            String toUnit = random.nextBoolean() ? units[random.nextInt(units.length)] : null;
            long amount = 1 + (long) (random.nextDouble() * 150_000_000L);
            int kind = random.nextInt(4);
            BudgetLine from = null;
            UnitExecution giving = null;
            BudgetLine to = null;
            UnitExecution taking = null;
            switch (kind) {
                case 0, 1 -> { // transfer between lines or units
                    if (fromId.equals(toId) && (fromUnit == null || toUnit == null || fromUnit.equals(toUnit))) {
                        continue;
                    }
                    from = view(fromId, planned, allocated, used);
                    giving = fromUnit == null ? null : unitView(fromId, fromUnit, allocated, used);
                    to = view(toId, planned, allocated, used);
                    taking = toUnit == null ? null : unitView(toId, toUnit, allocated, used);
                }
                case 2 -> { // revision up or down
                    if (random.nextBoolean()) {
                        from = view(fromId, planned, allocated, used);
                    } else {
                        to = view(fromId, planned, allocated, used);
                    }
                }
                default -> { // carry-forward
                    if (year == 2026 || fromUnit == null) {
                        continue;
                    }
                    from = view(fromId, planned, allocated, used);
                    giving = unitView(fromId, fromUnit, allocated, used);
                    String next = (year + 1) + "-" + kindOfFrom;
                    to = view(next, planned, allocated, used);
                    taking = unitView(next, fromUnit, allocated, used);
                }
            }
            List<Movement> moves;
            try {
                moves = ChangeRules.movements(Money.dong(amount), "PROVINCIAL", from, giving, to, taking);
            } catch (ConflictException refused) {
                continue;
            }
            approved++;
            for (Movement m : moves) {
                if (m.ofPlan()) {
                    assertThat(planned.get(m.lineId())).isEqualTo(m.before().dong());
                    planned.put(m.lineId(), m.after().dong());
                } else {
                    String key = m.lineId() + "|" + m.unit();
                    assertThat(allocated.getOrDefault(key, 0L)).isEqualTo(m.before().dong());
                    allocated.put(key, m.after().dong());
                    if (m.delta().isNegative()) {
                        assertThat(m.after().dong()).as("only unspent, uncommitted allocation moves")
                                .isGreaterThanOrEqualTo(used.getOrDefault(key, 0L));
                    }
                }
            }
            if (kind == 2 || kind == 3) {
                for (Movement m : moves) {
                    if (m.ofPlan()) {
                        revisedAndCarried.merge(Integer.parseInt(m.lineId().substring(0, 4)), m.delta().dong(), Long::sum);
                    }
                }
            }
            long net = moves.stream().filter(Movement::ofPlan).mapToLong(m -> m.delta().dong()).sum();
            if (kind < 2 || kind == 3) {
                assertThat(net).as("a transfer or carry-forward creates no money").isZero();
            }
            for (String id : lineIds) {
                long allocatedOnLine = allocated.entrySet().stream().filter(e -> e.getKey().startsWith(id + "|"))
                        .mapToLong(Map.Entry::getValue).sum();
                assertThat(allocatedOnLine).as(id).isLessThanOrEqualTo(planned.get(id));
                assertThat(planned.get(id)).isNotNegative();
            }
            assertThat(allocated.values()).allSatisfy(v -> assertThat(v).isNotNegative());
        }
        assertThat(approved).isGreaterThan(300);
        for (int year = 2022; year <= 2026; year++) {
            int y = year;
            long lines = lineIds.stream().filter(id -> id.startsWith(y + "-")).mapToLong(planned::get).sum();
            assertThat(lines).as("year %d", year).isEqualTo(appendix.get(year) + revisedAndCarried.getOrDefault(year, 0L));
        }
    }

    static BudgetLine view(String id, Map<String, Long> planned, Map<String, Long> allocated, Map<String, Long> used) {
        long a = allocated.entrySet().stream().filter(e -> e.getKey().startsWith(id + "|")).mapToLong(Map.Entry::getValue).sum();
        long u = used.entrySet().stream().filter(e -> e.getKey().startsWith(id + "|")).mapToLong(Map.Entry::getValue).sum();
        return new BudgetLine(id, Integer.parseInt(id.substring(0, 4)), LineKind.valueOf(id.substring(5)), id, id,
                List.of(new FundingShare("PROVINCIAL", Money.dong(planned.get(id)))), Money.dong(a), Money.dong(u),
                Money.ZERO, Money.ZERO);
    }

    static UnitExecution unitView(String line, String unit, Map<String, Long> allocated, Map<String, Long> used) {
        return new UnitExecution(line, unit, Money.dong(allocated.getOrDefault(line + "|" + unit, 0L)),
                Money.dong(used.getOrDefault(line + "|" + unit, 0L)), Money.ZERO, Money.ZERO);
    }

    static BudgetChange requested(String by, AllocationStatus status) {
        return new BudgetChange(UUID.randomUUID(), ChangeKind.TRANSFER, 2025, "2025-COMBAT", null, "2025-PREVENTION",
                null, "PROVINCIAL", Money.millions(5), "Điều chuyển", status, by, Instant.parse("2025-02-01T02:00:00Z"),
                null, null, null, List.of());
    }

    @Test
    void theUnitThatReceivesMoneyMustExistInTheReceivingYearAndOnlyThatUnitIsAsked() {
        List<String> asked = new ArrayList<>();
        Function<String, Optional<RegisteredUnit>> find = code -> {
            asked.add(code);
            return UnitYearsTest.FIND.apply(code);
        };
        ChangeDraft toDistrict = transfer("2026-EQUIPMENT", "xa-lai-vung", "2026-COMBAT", "huyen-lai-vung", 1);
        assertThat(fields(() -> ChangeRules.checkReceivingUnit(toDistrict, 2026, find))).containsExactly("transfer.to_unit");
        assertThatCode(() -> ChangeRules.checkReceivingUnit(toDistrict, 2025, find)).doesNotThrowAnyException();
        ChangeDraft toTheLine = transfer("2026-EQUIPMENT", "xa-lai-vung", "2026-COMBAT", null, 1);
        ChangeDraft carried = new ChangeDraft(ChangeKind.CARRY_FORWARD, "carry_forward", "2025-EQUIPMENT",
                "huyen-lai-vung", null, null, null, 1, "Chuyển nguồn");
        ChangeDraft revision = new ChangeDraft(ChangeKind.REVISION, "revision", null, null, "2026-COMBAT", null,
                "PROVINCIAL", 1, "Tăng dự toán");
        asked.clear();
        assertThatCode(() -> ChangeRules.checkReceivingUnit(toTheLine, 2026, find)).doesNotThrowAnyException();
        assertThatCode(() -> ChangeRules.checkReceivingUnit(revision, 2026, find)).doesNotThrowAnyException();
        assertThat(asked).as("a change that gives to no unit asks the registry nothing").isEmpty();
        assertThat(fields(() -> ChangeRules.checkReceivingUnit(carried, 2026, find))).containsExactly("carry_forward.unit");
        assertThat(asked).containsExactly("huyen-lai-vung");
    }
}
