package vn.lachan.tip.intake.domain;

/** Who a tip comes from (Criminal Procedure Code, Art. 144). */
public enum SourceKind {
    /** Tố giác: denunciation by an individual. */
    DENUNCIATION,
    /** Tin báo: report by an agency, organisation or the media. */
    REPORT,
    /** Kiến nghị khởi tố: written petition for prosecution by a competent state body. */
    PETITION
}
