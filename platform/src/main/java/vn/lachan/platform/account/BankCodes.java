package vn.lachan.platform.account;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The code the platform keeps for a bank, from what a victim writes before the account number: a code ({@code VCB}),
 * a brand ({@code Vietcombank}), a Vietnamese name ({@code Ngân hàng Ngoại thương}), with or without "Ngân hàng",
 * "NH", "TMCP" or "Bank" around it, in any case, with or without accents. A code the platform does not know is kept
 * as written, without those words. Shared by tip-service's indicators and case-service's money trail, so that an
 * account is the same node wherever it is named ({@link BankAccounts}).
 */
public final class BankCodes {

    /** Brands, other codes and Vietnamese names (accents removed) → the code the platform keeps. */
    static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("VIETCOMBANK", "VCB"), Map.entry("NGOAITHUONG", "VCB"), Map.entry("NGOAITHUONGVIETNAM", "VCB"),
            Map.entry("VBA", "AGRIBANK"), Map.entry("AGR", "AGRIBANK"), Map.entry("NONGNGHIEP", "AGRIBANK"),
            Map.entry("NONGNGHIEPVAPHATTRIENNONGTHON", "AGRIBANK"),
            Map.entry("CTG", "VIETINBANK"), Map.entry("ICB", "VIETINBANK"), Map.entry("CONGTHUONG", "VIETINBANK"),
            Map.entry("CONGTHUONGVIETNAM", "VIETINBANK"),
            Map.entry("DAUTUVAPHATTRIEN", "BIDV"), Map.entry("DAUTUVAPHATTRIENVIETNAM", "BIDV"),
            Map.entry("TECHCOMBANK", "TCB"), Map.entry("KYTHUONG", "TCB"), Map.entry("KYTHUONGVIETNAM", "TCB"),
            Map.entry("MBBANK", "MB"), Map.entry("MBB", "MB"), Map.entry("QUANDOI", "MB"),
            Map.entry("ACHAU", "ACB"),
            Map.entry("VPBANK", "VPB"), Map.entry("VIETNAMTHINHVUONG", "VPB"),
            Map.entry("TPBANK", "TPB"), Map.entry("TIENPHONG", "TPB"),
            Map.entry("SACOMBANK", "STB"), Map.entry("SAIGONTHUONGTIN", "STB"),
            Map.entry("HDBANK", "HDB"), Map.entry("EXIMBANK", "EIB"), Map.entry("XUATNHAPKHAU", "EIB"),
            Map.entry("MARITIMEBANK", "MSB"), Map.entry("HANGHAI", "MSB"), Map.entry("SEABANK", "SEAB"),
            Map.entry("DONGNAMA", "SEAB"), Map.entry("LPBANK", "LPB"), Map.entry("LIENVIETPOSTBANK", "LPB"),
            Map.entry("LOCPHAT", "LPB"), Map.entry("NAMABANK", "NAB"), Map.entry("NAMA", "NAB"),
            Map.entry("BACABANK", "BAB"), Map.entry("BACA", "BAB"), Map.entry("ABBANK", "ABB"), Map.entry("ANBINH", "ABB"),
            Map.entry("VIETABANK", "VAB"), Map.entry("PGBANK", "PGB"), Map.entry("KIENLONGBANK", "KLB"),
            Map.entry("KIENLONG", "KLB"), Map.entry("BAOVIETBANK", "BVB"), Map.entry("BAOVIET", "BVB"),
            Map.entry("SAIGONBANK", "SGB"), Map.entry("DONGABANK", "DAB"), Map.entry("DONGA", "DAB"),
            Map.entry("QUOCDAN", "NCB"), Map.entry("QUOCTE", "VIB"), Map.entry("PHUONGDONG", "OCB"),
            Map.entry("PVCOMBANK", "PVCB"), Map.entry("SAIGONHANOI", "SHB"));

    /** Codes kept as they are; with the aliases' targets, what "NH" and "Bank" may be stripped around. */
    private static final Set<String> CODES = Set.of("VCB", "BIDV", "VIETINBANK", "AGRIBANK", "TCB", "MB", "ACB", "VPB",
            "TPB", "STB", "HDB", "VIB", "SHB", "EIB", "MSB", "OCB", "SCB", "SEAB", "LPB", "NAB", "BAB", "ABB", "VAB",
            "PGB", "KLB", "BVB", "SGB", "DAB", "NCB", "PVCB", "GPB", "CBB", "VRB", "IVB", "VCCB", "OCEANBANK", "HSBC",
            "SHBVN", "CIMB", "UOB", "VBSP", "CAKE", "UBANK", "TIMO");

    /** Words meaning "bank" or "joint-stock commercial" written before a bank's name, accents removed, glued. */
    private static final List<String> PREFIXES = List.of("NGANHANGTHUONGMAICOPHAN", "NGANHANGTMCP", "NHTMCP",
            "NGANHANG", "TMCP", "NH");

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,19}");

    private BankCodes() {
    }

    /** The bank's code from what precedes the account number; null when there is none. */
    public static String of(String written) {
        String glued = glued(written);
        String known = known(glued);
        if (known != null) {
            return known;
        }
        for (String prefix : PREFIXES) {
            if (glued.startsWith(prefix) && glued.length() > prefix.length()) {
                String rest = glued.substring(prefix.length());
                known = known(rest);
                if (known != null) {
                    return known;
                }
                if (!prefix.equals("NH")) { // "NH…" may begin an unknown code; the Vietnamese words never do
                    return of(rest);
                }
            }
        }
        if (PREFIXES.contains(glued)) {
            return null;
        }
        return CODE.matcher(glued).matches() ? glued : null;
    }

    /** The kept code for a known code, alias or either followed by "Bank"; null otherwise. */
    public static String known(String glued) {
        if (CODES.contains(glued)) {
            return glued;
        }
        String alias = ALIASES.get(glued);
        if (alias != null) {
            return alias;
        }
        if (glued.endsWith("BANK") && glued.length() > 4) {
            String brand = glued.substring(0, glued.length() - 4);
            return CODES.contains(brand) ? brand : ALIASES.get(brand);
        }
        return null;
    }

    /** Upper-case ASCII letters and digits only: accents, spaces and signs removed, Đ read as D. */
    public static String glued(String written) {
        String plain = Normalizer.normalize(written, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** Every code the platform keeps for a known bank (for tests). */
    public static Set<String> codes() {
        Set<String> all = new HashSet<>(CODES);
        all.addAll(ALIASES.values());
        return all;
    }
}
