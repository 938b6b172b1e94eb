package vn.lachan.cases.domain;

/** What a case is opened for: a clause of a Penal Code article, and the category that clause fixes. */
public record Offence(int article, int clause, CrimeCategory category) {
}
