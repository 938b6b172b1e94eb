package vn.lachan.budget.api;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test set-up: gives a unit what is left unallocated of lines, as an approved allocation, unless it already has
 * one there. Allocating through the contract has its own tests ({@link BudgetAllocationApiTest}); tests of
 * spending only need the unit to have money.
 */
final class Allocated {

    private Allocated() {
    }

    static void wholeLines(JdbcClient jdbc, String unit, String... lineIds) {
        for (String line : lineIds) {
            jdbc.sql("""
                    insert into allocations (id, line_id, unit, amount_dong, note, status, requested_by, requested_at,
                        decided_by, decided_at)
                    select gen_random_uuid(), :line, :unit,
                           (select sum(amount_dong) from line_funding where line_id = :line)
                             - coalesce((select sum(amount_dong) from allocations
                                         where line_id = :line and status = 'APPROVED'), 0),
                           'Bố trí cho kiểm thử', 'APPROVED', 'test-planner', now(), 'test-approver', now()
                    where not exists (select 1 from allocations where line_id = :line and unit = :unit)
                      and (select sum(amount_dong) from line_funding where line_id = :line)
                             > coalesce((select sum(amount_dong) from allocations
                                         where line_id = :line and status = 'APPROVED'), 0)""")
                    .param("line", line)
                    .param("unit", unit)
                    .update();
        }
    }
}
