package vn.lachan.cases.domain;

import java.util.List;
import java.util.UUID;
import vn.lachan.platform.money.Money;

/**
 * What tip-service says of a tip, as far as an urgent hold needs it: whether it is still undecided, the case it is in
 * (null when none), the loss (null when not recorded) and the normalised accounts and e-wallets it names (empty when
 * tip-service withheld them from the caller).
 */
public record TipFacts(UUID id, boolean undecided, UUID caseId, Money loss, List<String> accounts) {

    public TipFacts {
        accounts = List.copyOf(accounts);
    }
}
