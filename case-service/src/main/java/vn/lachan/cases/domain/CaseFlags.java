package vn.lachan.cases.domain;

/**
 * Marks of a case: a model case (án điểm) tried to educate the public, a mobile trial (xét xử lưu động) held where
 * the offence happened, crimes across provinces, and a foreign element (foreign suspects, victims or servers).
 */
public record CaseFlags(boolean modelCase, boolean mobileTrial, boolean interProvincial, boolean foreignElement) {

    public static final CaseFlags NONE = new CaseFlags(false, false, false, false);
}
