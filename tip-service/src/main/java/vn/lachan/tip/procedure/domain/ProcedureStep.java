package vn.lachan.tip.procedure.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a tip's procedure from receipt to decision (Criminal Procedure Code 2015, Arts. 146–149). */
public sealed interface ProcedureStep {

    /** The words the step was given (a reason, the reasons, a document number); null when none. */
    String note();

    /** Tiếp nhận: the tip was received. */
    record Received() implements ProcedureStep {
        @Override
        public String note() {
            return null;
        }
    }

    /** Gia hạn: the decision is now due on {@code until}; the second extension carries the procuracy's approval. */
    record Extended(int number, LocalDate until, String reason, ProcuracyApproval approval) implements ProcedureStep {
        @Override
        public String note() {
            return reason;
        }
    }

    /** The procuracy was notified of the tip in writing (Art. 146). */
    record ProcuracyNotified(Instant notifiedAt, String documentNumber) implements ProcedureStep {
        @Override
        public String note() {
            return documentNumber;
        }
    }

    /** A decision; {@code kase} is the case opened when the outcome is "prosecute", else null. */
    record Decided(Outcome outcome, CaseRef kase) implements ProcedureStep {
        @Override
        public String note() {
            return switch (outcome) {
                case Outcome.Prosecute p -> null;
                case Outcome.NotProsecute n -> n.reasons();
                case Outcome.Suspend s -> s.note();
            };
        }
    }

    /** Phục hồi: a suspended tip is handled again; a decision is due on {@code due} (Art. 149). */
    record Resumed(LocalDate due, String note) implements ProcedureStep {
    }
}
