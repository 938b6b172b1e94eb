package vn.lachan.platform.idempotency;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lachan.platform.error.ReusedKeyException;

/**
 * Idempotent changes, once for every service (table {@code idempotency_keys}, platform migration V0_2).
 *
 * <p>The key is claimed in the transaction of the change: a retry arriving while the first attempt is still
 * running waits on the key's row until that attempt commits (then answers its result) or rolls back (then makes
 * the change itself). A change and its key are therefore kept or lost together — a crash leaves neither.
 */
public class Idempotency {

    /**
     * The fingerprint of a key a service adopted from its own columns (from before fingerprints were taken from
     * the canonical request): its request cannot be compared, so a retry is answered with what it produced.
     */
    public static final String ADOPTED = "adopted";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public Idempotency(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Makes the change once. Without a key, {@code change} simply runs. With one, in a transaction (the caller's,
     * or a new one): the first attempt runs {@code change} and remembers {@code resultOf} its result; a retry of
     * the same request answers {@code recall} of what was remembered, without running {@code change}; the key
     * with another request is refused with {@link ReusedKeyException}.
     *
     * @param resultOf what to remember of the result, typically the record's id
     * @param recall   the answer for a retry, from what was remembered (typically the record, read again)
     */
    public <T> T once(Optional<IdempotentRequest> request, Supplier<T> change, Function<T, String> resultOf,
                      Function<String, T> recall) {
        if (request.isEmpty()) {
            return change.get();
        }
        IdempotentRequest r = request.get();
        return transactions.execute(tx -> {
            Optional<String> earlier = claim(r);
            if (earlier.isPresent()) {
                return recall.apply(earlier.get());
            }
            T result = change.get();
            complete(r, resultOf.apply(result));
            return result;
        });
    }

    /**
     * For a change that cannot run inside {@link #once}: claims the key in the current transaction. Empty when the
     * key is new (make the change, then {@link #complete} in the same transaction); else what the first attempt
     * remembered. Refuses the key with another request.
     */
    public Optional<String> claim(IdempotentRequest r) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an idempotency key is claimed in the transaction of its change");
        }
        int claimed = jdbc.sql("""
                        insert into idempotency_keys (scope, operation, idempotency_key, request_hash)
                        values (:scope, :operation, :key, :hash)
                        on conflict (scope, operation, idempotency_key) do nothing""")
                .param("scope", r.scope()).param("operation", r.operation()).param("key", r.key())
                .param("hash", r.fingerprint())
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        Stored stored = find(r).orElseThrow(() -> new IllegalStateException("claimed key vanished: " + r));
        if (!stored.fingerprint().equals(r.fingerprint()) && !ADOPTED.equals(stored.fingerprint())) {
            throw new ReusedKeyException();
        }
        if (stored.result() == null) {
            // only this transaction could hold a claimed, uncompleted key: the change claimed it twice
            throw new IllegalStateException("key claimed twice in one transaction: " + r);
        }
        return Optional.of(stored.result());
    }

    /**
     * What the first attempt of this request produced, if it is recorded already — for a change that must not even
     * start its preparations (e.g. a call to another service) again; refuses the key with another request. The
     * authoritative check is still {@link #claim}, in the change's transaction.
     */
    public Optional<String> replayOf(IdempotentRequest r) {
        return find(r).filter(stored -> stored.result() != null).map(stored -> {
            if (!stored.fingerprint().equals(r.fingerprint()) && !ADOPTED.equals(stored.fingerprint())) {
                throw new ReusedKeyException();
            }
            return stored.result();
        });
    }

    /** Remembers the result of the change a {@link #claim} let through, in the same transaction. */
    public void complete(IdempotentRequest r, String result) {
        int updated = jdbc.sql("""
                        update idempotency_keys set result = :result
                        where scope = :scope and operation = :operation and idempotency_key = :key and result is null""")
                .param("result", result)
                .param("scope", r.scope()).param("operation", r.operation()).param("key", r.key())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("no claim to complete for " + r);
        }
    }

    /**
     * Forgets a key whose change was undone after its transaction (e.g. a decision kept, then refused by another
     * service): a retry under it is then a new request again, refused the same way, not a replay of a change that
     * did not happen.
     */
    public void forget(IdempotentRequest r) {
        jdbc.sql("""
                        delete from idempotency_keys
                        where scope = :scope and operation = :operation and idempotency_key = :key and request_hash = :hash""")
                .param("scope", r.scope()).param("operation", r.operation()).param("key", r.key())
                .param("hash", r.fingerprint())
                .update();
    }

    /** What is remembered of a key, if anything (for tests and for operators' questions). */
    public Optional<Stored> find(IdempotentRequest r) {
        return jdbc.sql("""
                        select request_hash, result from idempotency_keys
                        where scope = :scope and operation = :operation and idempotency_key = :key""")
                .param("scope", r.scope()).param("operation", r.operation()).param("key", r.key())
                .query((rs, n) -> new Stored(rs.getString("request_hash"), rs.getString("result")))
                .optional();
    }

    public record Stored(String fingerprint, String result) {
    }
}
