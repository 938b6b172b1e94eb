-- tip-service keeps no list of units of its own any more (ADR 0004): the petitioning body of a kiến nghị khởi tố is
-- checked against the unit registry (report-service's UnitService) when the tip is received, so the copy made in V6
-- goes, with the foreign key that pointed at it. tips.petitioning_unit keeps the code as received; the check that a
-- petition names a body (tips_petition_names_a_body) stays.
alter table tips drop constraint if exists tips_petitioning_unit_fkey;
drop table units cascade;
