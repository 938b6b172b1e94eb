package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;

class FreezeFeedAccessTest {

    static Caller caller(String unit, String roles) {
        return CaseAccessTest.caller(unit, roles);
    }

    @ParameterizedTest(name = "{0} [{1}] watches: {2}")
    @CsvSource({
            // a bank watches its own unit's feed, officer or system alike
            "vcb-dong-thap, bank-liaison, vcb-dong-thap",
            "vcb-dong-thap, bank-liaison personal-data, vcb-dong-thap",
            "bidv-dong-thap, bank-liaison, bidv-dong-thap",
            // everyone else is refused, whatever else they may read
            "vcb-dong-thap, '', REFUSED",
            "cong-an-tinh-pa05, investigator personal-data, REFUSED",
            "cong-an-tinh, police-leader, REFUSED",
            "vien-kiem-sat-tinh, procurator, REFUSED",
            "toa-an-tinh, judge, REFUSED",
            "cong-an-tinh, admin, REFUSED",
            "cong-an-tinh, tip-intake, REFUSED",
            "huyen-cao-lanh, report-submitter, REFUSED",
            // the role given to a police unit or the platform's accounts, or without any unit, is no bank
            "cong-an-tinh, bank-liaison, REFUSED",
            "he-thong, bank-liaison, REFUSED",
            "'', bank-liaison, REFUSED",
    })
    void onlyABankWatchesAndOnlyItsOwnFeed(String unit, String roles, String watches) {
        Caller caller = caller(unit, roles);
        if (watches.equals("REFUSED")) {
            assertThatThrownBy(() -> FreezeFeedAccess.bankOf(caller)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("Only a bank")
                    .satisfies(refused -> assertThat(((AccessDeniedException) refused).vi()).contains("Chỉ ngân hàng"));
        } else {
            assertThat(FreezeFeedAccess.bankOf(caller)).isEqualTo(watches);
        }
    }

    @ParameterizedTest(name = "an event of {1} belongs in the feed of {0}: {2}")
    @CsvSource({
            "vcb-dong-thap, vcb-dong-thap, true",
            "vcb-dong-thap, bidv-dong-thap, false",
            "bidv-dong-thap, vcb-dong-thap, false",
    })
    void anEventBelongsOnlyToItsOwnBanksFeed(String watcher, String bank, boolean belongs) {
        var event = new FeedEvent(bank, 1, FeedEventKind.REQUEST_SENT, UUID.randomUUID(), null, Instant.now());
        assertThat(FreezeFeedAccess.belongs(caller(watcher, "bank-liaison"), event)).isEqualTo(belongs);
    }
}
