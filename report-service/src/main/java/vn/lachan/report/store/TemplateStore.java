package vn.lachan.report.store;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.report.domain.Measure;
import vn.lachan.report.domain.ReportTemplate;
import vn.lachan.report.domain.TemplateIndicator;

/** Template versions in PostgreSQL; a version once written is never changed (the table's trigger refuses it). */
@Repository
public class TemplateStore {

    private final JdbcClient jdbc;

    public TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReportTemplate> current(String appliesTo) {
        return jdbc.sql("""
                select applies_to, version, narrative_hint_vi, narrative_hint_en, change_note, created_at, created_by
                from report_templates where applies_to = :a order by version desc limit 1""")
                .param("a", appliesTo).query((rs, n) -> header(rs)).optional().map(this::withIndicators);
    }

    public Optional<ReportTemplate> version(String appliesTo, int version) {
        return jdbc.sql("""
                select applies_to, version, narrative_hint_vi, narrative_hint_en, change_note, created_at, created_by
                from report_templates where applies_to = :a and version = :v""")
                .param("a", appliesTo).param("v", version).query((rs, n) -> header(rs)).optional()
                .map(this::withIndicators);
    }

    /** The current version of every template, by key. */
    public List<ReportTemplate> allCurrent() {
        return jdbc.sql("""
                select distinct on (applies_to) applies_to, version, narrative_hint_vi, narrative_hint_en, change_note,
                    created_at, created_by
                from report_templates order by applies_to, version desc""")
                .query((rs, n) -> header(rs)).list().stream().map(this::withIndicators).toList();
    }

    /** Writes a version; false when that version already exists (someone else wrote it first). */
    public boolean insert(ReportTemplate t) {
        try {
            jdbc.sql("""
                    insert into report_templates (applies_to, version, narrative_hint_vi, narrative_hint_en, change_note,
                        created_at, created_by)
                    values (:a, :v, :hvi, :hen, :note, :at, :by)""")
                    .param("a", t.appliesTo()).param("v", t.version())
                    .param("hvi", t.narrativeHintVi()).param("hen", t.narrativeHintEn())
                    .param("note", t.changeNote()).param("at", Timestamp.from(t.createdAt())).param("by", t.createdBy())
                    .update();
        } catch (DuplicateKeyException e) {
            return false;
        }
        int position = 0;
        for (TemplateIndicator i : t.indicators()) {
            jdbc.sql("""
                    insert into report_template_indicators (applies_to, version, position, code, label_vi, label_en,
                        measure, required, source, duty)
                    values (:a, :v, :p, :code, :vi, :en, :m, :req, :src, :duty)""")
                    .param("a", t.appliesTo()).param("v", t.version()).param("p", position++)
                    .param("code", i.code()).param("vi", i.labelVi()).param("en", i.labelEn())
                    .param("m", i.measure().name()).param("req", i.required()).param("src", i.source())
                    .param("duty", i.duty())
                    .update();
        }
        return true;
    }

    private static ReportTemplate header(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReportTemplate(rs.getString("applies_to"), rs.getInt("version"), List.of(),
                rs.getString("narrative_hint_vi"), rs.getString("narrative_hint_en"), rs.getString("change_note"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }

    private ReportTemplate withIndicators(ReportTemplate t) {
        var indicators = jdbc.sql("""
                select code, label_vi, label_en, measure, required, source, duty from report_template_indicators
                where applies_to = :a and version = :v order by position""")
                .param("a", t.appliesTo()).param("v", t.version())
                .query((rs, n) -> new TemplateIndicator(rs.getString(1), rs.getString(2), rs.getString(3),
                        Measure.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getString(6), rs.getString(7)))
                .list();
        return new ReportTemplate(t.appliesTo(), t.version(), indicators, t.narrativeHintVi(), t.narrativeHintEn(),
                t.changeNote(), t.createdAt(), t.createdBy());
    }
}
