package vn.lachan.cases.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Leads: an account of a case's trail that appears in another case too (a freeze request on it, or a transfer to it).
 * Only the cases the viewer may see are leads; a case the viewer may not see is dropped before anything is built from
 * it, so the answer is the same as if that case did not exist: not its id, its number, its existence or a count.
 */
public final class TrailLeads {

    /** Another case where the account appears, as the viewer may see it. */
    public record Lead(UUID caseId, String caseNumber) {
    }

    /** Where an account (an indicator) appears in some case. */
    public record Occurrence(UUID caseId, String key) {
    }

    private TrailLeads() {
    }

    /**
     * The leads per account of {@code keys}, from the occurrences found for them: other cases than {@code caseId}
     * only, and of those only the ones {@code maySee} lets through ({@code numberOf} is asked only for those).
     * Accounts without a lead are absent.
     */
    public static Map<String, List<Lead>> visible(UUID caseId, List<String> keys, List<Occurrence> found,
                                                  Predicate<UUID> maySee, Function<UUID, String> numberOf) {
        Set<String> wanted = Set.copyOf(keys);
        Map<String, Set<UUID>> cases = new TreeMap<>();
        Map<UUID, Boolean> seen = new java.util.HashMap<>();
        for (Occurrence o : found) {
            if (!wanted.contains(o.key()) || o.caseId().equals(caseId)
                    || !seen.computeIfAbsent(o.caseId(), maySee::test)) {
                continue;
            }
            cases.computeIfAbsent(o.key(), k -> new LinkedHashSet<>()).add(o.caseId());
        }
        Map<String, List<Lead>> leads = new TreeMap<>();
        cases.forEach((key, ids) -> {
            List<Lead> list = new ArrayList<>();
            ids.forEach(id -> list.add(new Lead(id, numberOf.apply(id))));
            list.sort(Comparator.comparing(Lead::caseNumber).thenComparing(Lead::caseId));
            leads.put(key, List.copyOf(list));
        });
        return leads;
    }
}
