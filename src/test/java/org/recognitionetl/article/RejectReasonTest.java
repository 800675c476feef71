package org.recognitionetl.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RejectReasonTest {

    @Test
    void givesEveryReasonAUniqueCodeAndAOneLineHint() {
        assertThat(Arrays.stream(RejectReason.values()).map(RejectReason::code)).doesNotHaveDuplicates();
        for (RejectReason reason : RejectReason.values()) {
            assertThat(reason.code()).matches("[A-Z0-9_]+");
            assertThat(reason.hint()).isNotBlank().doesNotContain("\n");
        }
    }

    @Test
    void keepsTheCodesThatReportsRelyOn() {
        assertThat(RejectReason.values()).extracting(RejectReason::code).contains(
                "EMPTY", "MISSING_DATE", "BAD_DATE", "IMPOSSIBLE_DATE", "MISSING_URL", "BAD_URL", "NO_BODY",
                "BINARY", "INVALID_UTF8", "TOO_LARGE", "DUPLICATE_URL", "OUTSIDE_ROOT", "UNREADABLE",
                "UNSUPPORTED_ENCODING");
    }

    @Test
    void findsAReasonByItsCode() {
        assertThat(RejectReason.fromCode("BAD_DATE")).contains(RejectReason.BAD_DATE);
        assertThat(RejectReason.fromCode("bad_date")).isEmpty();
    }

    @Test
    void keepsARejectDetailOnOneBoundedLine() {
        ParseOutcome.Rejected reject = new ParseOutcome.Rejected(RejectReason.UNREADABLE, "a\r\nb" + "x".repeat(1000));

        assertThat(reject.detail()).startsWith("a b").doesNotContain("\n").hasSize(ParseOutcome.MAX_DETAIL_LENGTH);
        assertThat(new ParseOutcome.Rejected(RejectReason.UNREADABLE, null).detail()).isEmpty();
    }
}
