-- Values stored under an older indicator normaliser are normalised again, once per normaliser version, at start-up
-- (IndicatorRenormalization); this records which versions have been applied.
create table indicator_normalizer_versions (
    version      int primary key,
    applied_at   timestamptz not null,
    -- rows whose canonical value changed, and rows the newer normaliser refuses (kept as they were)
    changed      bigint not null,
    kept         bigint not null
);

-- Publications stay append-only, with one exception: the re-normalisation may rewrite the value a row names into
-- its newer canonical form, and nothing else, in a transaction that says so (set local lachan.renormalizing = 'on').
create or replace function indicator_publications_are_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('lachan.renormalizing', true) = 'on'
       and (new.id, new.type, new.action, new.basis, new.reason, new.officer, new.officer_unit, new.at)
           is not distinct from (old.id, old.type, old.action, old.basis, old.reason, old.officer, old.officer_unit, old.at)
    then
        return new;
    end if;
    raise exception 'indicator_publications is append-only';
end;
$$;
