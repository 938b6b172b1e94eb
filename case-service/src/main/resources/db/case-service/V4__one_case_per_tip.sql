-- A tip is in at most one case (the rule is checked first, with field errors; this is the last line of defence).
create unique index case_tips_one_case_per_tip on case_tips (tip_id);
