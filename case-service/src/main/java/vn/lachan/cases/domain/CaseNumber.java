package vn.lachan.cases.domain;

/** The number a case is known by: VA-&lt;year it was opened&gt;-&lt;sequence in that year, four digits or more&gt;. */
public record CaseNumber(int year, int sequence) {

    public CaseNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("a case sequence starts at 1: " + sequence);
        }
    }

    @Override
    public String toString() {
        return "VA-%d-%04d".formatted(year, sequence);
    }
}
