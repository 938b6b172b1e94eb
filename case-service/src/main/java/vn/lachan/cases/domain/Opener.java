package vn.lachan.cases.domain;

/** The officer a case is opened by, as recorded on it: their user name and unit. */
public record Opener(String name, String unit) {
}
