package vn.lachan.devstack;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the authorization matrices and the bad-input corpora of this test run really sent, so that
 * {@link RouteProofsTest} can check every route of every contract was proved both ways.
 */
final class Proofs {

    enum Kind { MATRIX, BAD_INPUT }

    /** One request: who sent it (a seed user, or a kind of invalid token), where, and the status it got. */
    record Call(Kind kind, String who, String method, String path, int status) {
    }

    private static final Queue<Call> CALLS = new ConcurrentLinkedQueue<>();

    private Proofs() {
    }

    /** A cell of an authorization matrix: {@code who} is a seed user or "no token" (or another invalid token). */
    static void matrix(String who, String method, String path, int status) {
        CALLS.add(new Call(Kind.MATRIX, who, method, path, status));
    }

    /** A case of a bad-input corpus. */
    static void badInput(String who, String method, String path, int status) {
        CALLS.add(new Call(Kind.BAD_INPUT, who == null ? "no token" : who, method, path, status));
    }

    static List<Call> calls() {
        return List.copyOf(CALLS);
    }
}
