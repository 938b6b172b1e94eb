package vn.lachan.cases.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.lachan.cases.domain.MaximumPenalty.Life;
import vn.lachan.cases.domain.MaximumPenalty.NonCustodial;
import vn.lachan.cases.domain.MaximumPenalty.Prison;

/**
 * The articles of the Penal Code 2015 (as amended in 2017) that the plan's cases are opened under, with the
 * heaviest penalty of each clause that carries one. Clauses listing only additional penalties are left out.
 * Each line gives the clauses' principal penalties as the law words them.
 */
public final class PenalCode {

    /** An article in scope: its number, its name, and its penal clauses in order (clause 1 first). */
    public record Article(int number, String nameVi, String nameEn, List<MaximumPenalty> clauses) {

        public Article {
            clauses = List.copyOf(clauses);
        }

        public List<Integer> clauseNumbers() {
            return IntStream.rangeClosed(1, clauses.size()).boxed().toList();
        }

        public Optional<Offence> clause(int clause) {
            if (clause < 1 || clause > clauses.size()) {
                return Optional.empty();
            }
            return Optional.of(new Offence(number, clause, clauses.get(clause - 1).category()));
        }
    }

    private static final Map<Integer, Article> ARTICLES = Stream.of(
            // fine or non-custodial up to 3 y, or 6 m–3 y; 2–7 y; 7–15 y; 12–20 y or life
            article(174, "Lừa đảo chiếm đoạt tài sản", "Fraud to appropriate property",
                    prison(3), prison(7), prison(15), new Life()),
            // fine or non-custodial up to 3 y; fine or 6 m–3 y
            article(201, "Cho vay lãi nặng trong giao dịch dân sự", "Usury in civil transactions",
                    new NonCustodial(), prison(3)),
            // fine, non-custodial up to 2 y or 3 m–2 y; fine or 1–5 y; fine or 3–7 y
            article(285, "Sản xuất, mua bán, trao đổi hoặc tặng cho công cụ, thiết bị, phần mềm để sử dụng vào mục đích trái pháp luật",
                    "Making or trading tools, devices or software for unlawful use",
                    prison(2), prison(5), prison(7)),
            // fine, non-custodial up to 3 y or 6 m–3 y; fine or 3–7 y; 7–12 y
            article(286, "Phát tán chương trình tin học gây hại cho hoạt động của mạng máy tính, mạng viễn thông, phương tiện điện tử",
                    "Spreading programs harmful to computer or telecom networks or electronic devices",
                    prison(3), prison(7), prison(12)),
            // fine or 6 m–3 y; fine or 3–7 y; 7–12 y (clause 3 could not be checked against the gazette here;
            // any maximum from 8 to 15 years gives the same category)
            article(287, "Cản trở hoặc gây rối loạn hoạt động của mạng máy tính, mạng viễn thông, phương tiện điện tử",
                    "Obstructing or disrupting computer or telecom networks or electronic devices",
                    prison(3), prison(7), prison(12)),
            // fine, non-custodial up to 3 y or 6 m–3 y; fine or 2–7 y
            article(288, "Đưa hoặc sử dụng trái phép thông tin mạng máy tính, mạng viễn thông",
                    "Unlawfully posting or using information on computer or telecom networks",
                    prison(3), prison(7)),
            // fine or 1–5 y; fine or 3–7 y; 7–12 y: clause 1 already exceeds 3 years
            article(289, "Xâm nhập trái phép vào mạng máy tính, mạng viễn thông hoặc phương tiện điện tử của người khác",
                    "Unlawful access to another's computer or telecom network or electronic device",
                    prison(5), prison(7), prison(12)),
            // non-custodial up to 3 y or 6 m–3 y; 2–7 y; 7–15 y; 12–20 y
            article(290, "Sử dụng mạng máy tính, mạng viễn thông, phương tiện điện tử thực hiện hành vi chiếm đoạt tài sản",
                    "Using computer or telecom networks or electronic devices to appropriate property",
                    prison(3), prison(7), prison(15), prison(20)),
            // fine or non-custodial up to 3 y; fine or 3 m–2 y; fine or 2–7 y
            article(291, "Thu thập, tàng trữ, trao đổi, mua bán, công khai hóa trái phép thông tin về tài khoản ngân hàng",
                    "Unlawfully collecting, keeping, trading or disclosing bank account information",
                    new NonCustodial(), prison(2), prison(7)),
            // non-custodial up to 3 y or 6 m–3 y; 3–7 y
            article(321, "Đánh bạc", "Gambling",
                    prison(3), prison(7)),
            // fine or 1–5 y; 5–10 y
            article(322, "Tổ chức đánh bạc hoặc gá bạc", "Organising gambling or running a gambling den",
                    prison(5), prison(10)),
            // fine, non-custodial up to 3 y or 6 m–3 y; 3–10 y; 7–15 y (clause 3 could not be checked against
            // the gazette here; any maximum from 8 to 15 years gives the same category)
            article(326, "Truyền bá văn hóa phẩm đồi trụy", "Spreading obscene material",
                    prison(3), prison(10), prison(15))
    ).collect(Collectors.toMap(Article::number, Function.identity(), (a, b) -> a, TreeMap::new));

    private PenalCode() {
    }

    public static Optional<Article> article(int number) {
        return Optional.ofNullable(ARTICLES.get(number));
    }

    /** The articles in scope, in ascending order of number. */
    public static List<Article> articles() {
        return List.copyOf(ARTICLES.values());
    }

    /** The article numbers in scope, in ascending order. */
    public static List<Integer> articleNumbers() {
        return List.copyOf(ARTICLES.keySet());
    }

    /** The offence of a clause of an article, if the article is in scope and has that clause. */
    public static Optional<Offence> offence(int article, int clause) {
        return article(article).flatMap(a -> a.clause(clause));
    }

    private static Article article(int number, String nameVi, String nameEn, MaximumPenalty... clauses) {
        return new Article(number, nameVi, nameEn, List.of(clauses));
    }

    private static MaximumPenalty prison(int years) {
        return new Prison(years);
    }
}
