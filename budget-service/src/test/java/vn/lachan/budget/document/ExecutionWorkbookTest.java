package vn.lachan.budget.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lachan.budget.domain.BudgetLine;
import vn.lachan.budget.domain.ExecutionTable;
import vn.lachan.budget.domain.FundingShare;
import vn.lachan.budget.domain.LineKind;
import vn.lachan.budget.domain.UnitExecution;
import vn.lachan.platform.money.Money;

/** The workbook is opened with POI and read back cell by cell: every figure as the table has it, to the đồng. */
class ExecutionWorkbookTest {

    static final Instant MADE_AT = Instant.parse("2026-12-05T03:30:00Z"); // 10:30 in Vietnam

    static BudgetLine line(String id, LineKind kind, long planned, long allocated, long committed, long spent,
            long spentDirectly) {
        return new BudgetLine(id, 2026, kind, "Nội dung " + id, "Item " + id,
                List.of(new FundingShare("PROVINCIAL", Money.dong(planned))), Money.dong(allocated),
                Money.dong(committed), Money.dong(spent), Money.dong(spentDirectly));
    }

    static ExecutionTable table() {
        var combat = line("2026-COMBAT", LineKind.COMBAT, 1_430_000_000L, 900_000_001L, 300_000_000L, 412_345_678L,
                200_000_000L);
        var equipment = line("2026-EQUIPMENT", LineKind.EQUIPMENT, 2_000_000_000L, 0, 0, 0, 0);
        List<UnitExecution> combatUnits = List.of(
                new UnitExecution("2026-COMBAT", "cong-an-tinh", Money.dong(700_000_001L), Money.dong(300_000_000L),
                        Money.dong(212_345_678L), Money.dong(150_000_000L)),
                new UnitExecution("2026-COMBAT", "so-tai-chinh", Money.dong(200_000_000L), Money.ZERO, Money.ZERO,
                        Money.dong(50_000_000L)));
        Money[] committed = new Money[12];
        Money[] spent = new Money[12];
        for (int m = 0; m < 12; m++) {
            committed[m] = m == 2 ? Money.dong(300_000_000L) : Money.ZERO;
            spent[m] = m == 3 ? Money.dong(412_345_678L) : Money.ZERO;
        }
        Money base = Money.dong(3_430_000_000L);
        return new ExecutionTable(2026, List.of(new ExecutionTable.Row(combat, combatUnits),
                new ExecutionTable.Row(equipment, List.of())), ExecutionTable.months(committed, spent, base), base);
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static long dong(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell.getCellType()).as("row %d column %d", row.getRowNum(), column).isEqualTo(CellType.NUMERIC);
        double value = cell.getNumericCellValue();
        assertThat(value).as("a whole number of đồng").isEqualTo(Math.rint(value));
        return (long) value;
    }

    @Test
    void eachLineThenItsUnitsThenTheTotalHoldTheTablesFiguresToTheDong() throws IOException {
        ExecutionTable table = table();
        try (XSSFWorkbook book = open(ExecutionWorkbook.write(table, MADE_AT))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet sheet = book.getSheet(ExecutionWorkbook.LINES_SHEET);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("NĂM 2026");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("đồng", "05/12/2026 10:30");
            Row headings = sheet.getRow(ExecutionWorkbook.FIRST_FIGURES_ROW - 2);
            assertThat(headings.getCell(3).getStringCellValue()).isEqualTo("Kế hoạch");
            assertThat(sheet.getRow(ExecutionWorkbook.FIRST_FIGURES_ROW - 1).getCell(3).getStringCellValue())
                    .isEqualTo("Planned");

            int r = ExecutionWorkbook.FIRST_FIGURES_ROW;
            Row combat = sheet.getRow(r++);
            assertThat(combat.getCell(0).getStringCellValue()).isEqualTo("2026-COMBAT");
            assertThat(combat.getCell(1).getStringCellValue()).isEqualTo("Nội dung 2026-COMBAT");
            assertThat(dong(combat, 3)).isEqualTo(1_430_000_000L);
            assertThat(dong(combat, 4)).isEqualTo(900_000_001L);
            assertThat(dong(combat, 5)).isEqualTo(1_430_000_000L - 900_000_001L);
            assertThat(dong(combat, 6)).isEqualTo(300_000_000L);
            assertThat(dong(combat, 7)).isEqualTo(412_345_678L);
            assertThat(dong(combat, 8)).isEqualTo(1_430_000_000L - 300_000_000L - 200_000_000L);
            assertThat(combat.getCell(9).getNumericCellValue()).isEqualTo(0.2883); // 412 345 678 / 1 430 000 000
            assertThat(new DataFormatter().formatCellValue(combat.getCell(9))).isEqualTo("28.83%");

            Row police = sheet.getRow(r++);
            assertThat(police.getCell(2).getStringCellValue()).isEqualTo("cong-an-tinh");
            assertThat(dong(police, 4)).isEqualTo(700_000_001L);
            assertThat(dong(police, 6)).isEqualTo(300_000_000L);
            assertThat(dong(police, 7)).isEqualTo(362_345_678L);
            assertThat(dong(police, 8)).isEqualTo(700_000_001L - 300_000_000L - 150_000_000L);
            Row finance = sheet.getRow(r++);
            assertThat(finance.getCell(2).getStringCellValue()).isEqualTo("so-tai-chinh");
            assertThat(dong(finance, 7)).isEqualTo(50_000_000L);

            Row equipment = sheet.getRow(r++);
            assertThat(equipment.getCell(0).getStringCellValue()).isEqualTo("2026-EQUIPMENT");
            assertThat(dong(equipment, 3)).isEqualTo(2_000_000_000L);
            assertThat(equipment.getCell(9).getNumericCellValue()).isZero();

            Row total = sheet.getRow(r);
            assertThat(total.getCell(1).getStringCellValue()).startsWith("Tổng cộng");
            assertThat(dong(total, 3)).isEqualTo(3_430_000_000L);
            assertThat(dong(total, 7)).isEqualTo(412_345_678L);
            assertThat(sheet.getRow(r + 1) == null).as("nothing after the total").isTrue();
            // the total is the sum of the line rows, as the finance staff would add them up in the sheet
            for (int column = 3; column <= 8; column++) {
                assertThat(dong(total, column)).as("column %d", column)
                        .isEqualTo(dong(combat, column) + dong(equipment, column));
            }
        }
    }

    @Test
    void theMonthsSheetIsCumulativeAgainstItsBase() throws IOException {
        try (XSSFWorkbook book = open(ExecutionWorkbook.write(table(), MADE_AT))) {
            Sheet months = book.getSheet(ExecutionWorkbook.MONTHS_SHEET);
            assertThat(months.getRow(0).getCell(0).getStringCellValue()).contains("3.430.000.000 đ");
            List<Long> toDate = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                Row row = months.getRow(ExecutionWorkbook.FIRST_FIGURES_ROW + m);
                assertThat((int) row.getCell(0).getNumericCellValue()).isEqualTo(m + 1);
                toDate.add(dong(row, 3));
            }
            assertThat(toDate.subList(0, 3)).containsOnly(0L);
            assertThat(toDate.subList(3, 12)).containsOnly(412_345_678L);
            assertThat(dong(months.getRow(ExecutionWorkbook.FIRST_FIGURES_ROW + 2), 1)).isEqualTo(300_000_000L);
            assertThat(months.getRow(ExecutionWorkbook.FIRST_FIGURES_ROW + 11).getCell(4).getNumericCellValue())
                    .isEqualTo(0.1202); // 412 345 678 / 3 430 000 000, to the hundredth of a percent
        }
    }

    @Test
    void randomTablesReconcileToTheDongWhateverTheirSize() throws IOException {
        SplittableRandom random = new SplittableRandom(20261205);
        for (int round = 0; round < 25; round++) {
            List<ExecutionTable.Row> rows = new ArrayList<>();
            int lines = 1 + random.nextInt(6);
            for (int l = 0; l < lines; l++) {
                long planned = random.nextLong(1, 5_000_000_000L);
                long spent = random.nextLong(0, planned);
                rows.add(new ExecutionTable.Row(line("2026-L" + l, LineKind.COMBAT, planned, random.nextLong(0, planned),
                        0, spent, spent), List.of()));
            }
            Money[] zero = new Money[12];
            java.util.Arrays.fill(zero, Money.ZERO);
            ExecutionTable table = new ExecutionTable(2026, rows, ExecutionTable.months(zero, zero, Money.ZERO), Money.ZERO);
            try (XSSFWorkbook book = open(ExecutionWorkbook.write(table, MADE_AT))) {
                Sheet sheet = book.getSheet(ExecutionWorkbook.LINES_SHEET);
                Row total = sheet.getRow(ExecutionWorkbook.FIRST_FIGURES_ROW + lines);
                long planned = 0;
                long spent = 0;
                for (int l = 0; l < lines; l++) {
                    planned += dong(sheet.getRow(ExecutionWorkbook.FIRST_FIGURES_ROW + l), 3);
                    spent += dong(sheet.getRow(ExecutionWorkbook.FIRST_FIGURES_ROW + l), 7);
                }
                assertThat(dong(total, 3)).isEqualTo(planned).isEqualTo(table.planned().dong());
                assertThat(dong(total, 7)).isEqualTo(spent).isEqualTo(table.spent().dong());
            }
        }
    }
}
