package org.recognitionetl.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private static final String URL = "https://www.example.org/world/2024/03/15/recognition-vote";

    private final ArticleParser parser = new ArticleParser();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String file(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private Article parsed(byte[] bytes) {
        ParseOutcome outcome = parser.parse(bytes, "2024/03/a.txt");
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).article();
    }

    private Article parsed(String text) {
        return parsed(utf8(text));
    }

    private static ParseOutcome.Rejected rejected(ArticleParser parser, byte[] bytes) {
        ParseOutcome outcome = parser.parse(bytes, "2024/03/bad.txt");
        assertThat(outcome).isInstanceOf(ParseOutcome.Rejected.class);
        return (ParseOutcome.Rejected) outcome;
    }

    private ParseOutcome.Rejected rejected(String text) {
        return rejected(parser, utf8(text));
    }

    @Nested
    class WellFormedArticles {

        @Test
        void readsEveryFieldOfAPlainArticle() {
            String text = file("  Senate debates recognition  ", "20240315", URL,
                    "The senate met on Friday.", "It did not vote.");
            Article article = parsed(text);

            assertThat(article.title()).isEqualTo("Senate debates recognition");
            assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(article.url()).isEqualTo(URL);
            assertThat(article.sourceDomain()).isEqualTo("example.org");
            assertThat(article.author()).isEmpty();
            assertThat(article.sourceFile()).isEqualTo("2024/03/a.txt");
            assertThat(article.body()).isEqualTo("The senate met on Friday.\nIt did not vote.");
            assertThat(article.bylineEnd()).isZero();
            assertThat(article.encoding()).isEqualTo("UTF-8");
            assertThat(article.articleId()).isEqualTo("3f589b75aba6296c");
            assertThat(article.contentHash()).isEqualTo(ArticleIds.sha256Hex(utf8(text))).hasSize(64)
                    .matches("[0-9a-f]{64}");
        }

        @Test
        void dropsAUtf8ByteOrderMarkButHashesTheRawBytes() {
            byte[] body = utf8(file("Headline", "20240315", URL, "Body."));
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);

            Article article = parsed(withBom);

            assertThat(article.title()).isEqualTo("Headline");
            assertThat(article.encoding()).isEqualTo("UTF-8");
            assertThat(article.contentHash()).isEqualTo(ArticleIds.sha256Hex(withBom));
            assertThat(article.articleId()).isEqualTo(parsed(body).articleId());
        }

        @Test
        void readsCrlfLineEndsLikeLf() {
            Article article = parsed("Headline\r\n20240315\r\n" + URL + "\r\nFirst.\r\nSecond.\r\n");

            assertThat(article.url()).isEqualTo(URL);
            assertThat(article.body()).isEqualTo("First.\nSecond.");
        }

        @Test
        void readsLoneCarriageReturnsAsLineEnds() {
            Article article = parsed("Headline\r20240315\r" + URL + "\rFirst.\rSecond.");

            assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(article.body()).isEqualTo("First.\nSecond.");
        }

        @Test
        void skipsBlankLinesBeforeTheHeadlineBetweenHeaderLinesAndInTheBody() {
            Article article = parsed("\n  \n\tHeadline\n\n20240315\n \n" + URL + "\n\nFirst.\n   \n\nSecond.\n\n");

            assertThat(article.title()).isEqualTo("Headline");
            assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(article.body()).isEqualTo("First.\nSecond.");
        }

        @Test
        void stripsTrailingSpacesAndTabsFromEveryLine() {
            Article article = parsed("Headline \t\n 20240315  \n\t" + URL + " \t\nFirst. \t \nSecond.\t\n");

            assertThat(article.title()).isEqualTo("Headline");
            assertThat(article.url()).isEqualTo(URL);
            assertThat(article.body()).isEqualTo("First.\nSecond.");
        }

        @Test
        void stripsNoBreakAndZeroWidthSpacesAroundTheHeaderLines() {
            Article article = parsed(file("\u00A0Headline\u200B", "20240315\u00A0", URL + "\u00A0\u202F", "Body."));

            assertThat(article.title()).isEqualTo("Headline");
            assertThat(article.url()).isEqualTo(URL);
            assertThat(article.articleId()).isEqualTo("3f589b75aba6296c");
        }

        @Test
        void keepsAVeryLongParagraphWhole() {
            String sentence = "The committee heard that recognition would take years, the envoy said. ";
            String paragraph = sentence.repeat(20_000).stripTrailing();
            Article article = parsed(file("Headline", "20240315", URL, paragraph, "Last."));

            assertThat(article.body()).hasSize(paragraph.length() + "\nLast.".length());
            assertThat(article.body()).startsWith(sentence).endsWith("said.\nLast.");
        }

        @Test
        void mixesLineEndStylesInOneFile() {
            Article article = parsed("Headline\r\n20240315\n" + URL + "\rOne.\r\nTwo.\nThree.");

            assertThat(article.body()).isEqualTo("One.\nTwo.\nThree.");
        }
    }

    @Nested
    class Encodings {

        private final byte[] windows1252 = ("Ministers meet\n20240315\n" + URL
                + "\n\u201cWe will not recognise it,\u201d the minister said in Bogot\u00e1.\n")
                .getBytes(Charset.forName("windows-1252"));

        @Test
        void decodesInvalidUtf8AsWindows1252WhenTheFallbackIsOn() {
            Article article = parsed(windows1252);

            assertThat(article.encoding()).isEqualTo("windows-1252");
            assertThat(article.body()).isEqualTo("\u201cWe will not recognise it,\u201d the minister said in Bogot\u00e1.");
        }

        @Test
        void rejectsInvalidUtf8WithItsByteOffsetWhenTheFallbackIsOff() {
            ArticleParser strict = new ArticleParser(new ParserSettings(ParserSettings.DEFAULT_MAX_BYTES, false));
            int offset = ("Ministers meet\n20240315\n" + URL + "\n").length();

            ParseOutcome.Rejected reject = rejected(strict, windows1252);

            assertThat(reject.reason()).isEqualTo(RejectReason.INVALID_UTF8);
            assertThat(reject.detail()).contains("0x93").contains("offset " + offset).contains("line 4");
        }

        @Test
        void readsValidUtf8WithCurlyQuotesAndAccentsAsUtf8() {
            Article article = parsed(file("Headline", "20240315", URL, "\u201cS\u00ed,\u201d dijo el ministro."));

            assertThat(article.encoding()).isEqualTo("UTF-8");
            assertThat(article.body()).isEqualTo("\u201cS\u00ed,\u201d dijo el ministro.");
        }

        @Test
        void rejectsUtf16AsAnUnsupportedEncoding() {
            byte[] utf16 = ("\uFEFF" + file("Headline", "20240315", URL, "Body.")).getBytes(StandardCharsets.UTF_16LE);

            ParseOutcome.Rejected reject = rejected(parser, utf16);

            assertThat(reject.reason()).isEqualTo(RejectReason.UNSUPPORTED_ENCODING);
            assertThat(reject.detail()).contains("UTF-16");
        }

        @Test
        void rejectsUtf16WithoutAByteOrderMarkAsAnUnsupportedEncoding() {
            byte[] utf16 = file("Headline", "20240315", URL, "Body.").getBytes(StandardCharsets.UTF_16LE);

            assertThat(rejected(parser, utf16).reason()).isEqualTo(RejectReason.UNSUPPORTED_ENCODING);
        }
    }

    @Nested
    class Rejects {

        @Test
        void rejectsAnEmptyFile() {
            ParseOutcome.Rejected reject = rejected(parser, new byte[0]);

            assertThat(reject.reason()).isEqualTo(RejectReason.EMPTY);
            assertThat(reject.detail()).contains("0 bytes");
        }

        @Test
        void rejectsAFileOfOnlyWhitespaceAsEmpty() {
            assertThat(rejected(" \n\t\r\n  \n").reason()).isEqualTo(RejectReason.EMPTY);
        }

        @Test
        void rejectsAFileOfOnlyAByteOrderMarkAsEmpty() {
            ParseOutcome.Rejected reject = rejected(parser, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

            assertThat(reject.reason()).isEqualTo(RejectReason.EMPTY);
            assertThat(reject.detail()).contains("byte-order mark");
        }

        @Test
        void rejectsAFileThatEndsAfterTheHeadlineAsMissingDate() {
            ParseOutcome.Rejected reject = rejected("Only a headline\n");

            assertThat(reject.reason()).isEqualTo(RejectReason.MISSING_DATE);
            assertThat(reject.detail()).contains("line 1");
        }

        @Test
        void rejectsAFileWhoseSecondLineIsTheUrlAsMissingDate() {
            ParseOutcome.Rejected reject = rejected(file("Headline", URL, "Body."));

            assertThat(reject.reason()).isEqualTo(RejectReason.MISSING_DATE);
            assertThat(reject.detail()).contains("line 2").contains("example.org");
        }

        @Test
        void rejectsADateWrittenWithDashesAsBadDate() {
            ParseOutcome.Rejected reject = rejected(file("Headline", "2024-03-15", URL, "Body."));

            assertThat(reject.reason()).isEqualTo(RejectReason.BAD_DATE);
            assertThat(reject.detail()).isEqualTo("line 2: \"2024-03-15\" is not a date in the form YYYYMMDD");
        }

        @Test
        void rejectsADayFirstDateWithSlashesAsBadDateNotAsMissingDate() {
            ParseOutcome.Rejected reject = rejected(file("Headline", "15/03/2024", URL, "Body."));

            assertThat(reject.reason()).isEqualTo(RejectReason.BAD_DATE);
            assertThat(reject.detail()).contains("\"15/03/2024\"");
        }

        @Test
        void rejectsAUrlWithAMangledSchemeAsBadUrlNotAsMissingUrl() {
            assertThat(rejected(file("Headline", "20240315", "https//www.example.org/story", "Body.")).reason())
                    .isEqualTo(RejectReason.BAD_URL);
            assertThat(rejected(file("Headline", "20240315", "htps://www.example.org/story", "Body.")).reason())
                    .isEqualTo(RejectReason.BAD_URL);
        }

        @Test
        void rejectsADateWithTooFewDigitsAsBadDate() {
            assertThat(rejected(file("Headline", "2024031", URL, "Body.")).reason()).isEqualTo(RejectReason.BAD_DATE);
        }

        @Test
        void toleratesSpacesAroundTheDate() {
            assertThat(parsed(file("Headline", "   20240315 \t", URL, "Body.")).publishedDate())
                    .isEqualTo(LocalDate.of(2024, 3, 15));
        }

        @Test
        void rejectsAFileWhoseDateIsTheThirtiethOfFebruary() {
            ParseOutcome.Rejected reject = rejected(file("Headline", "20230230", URL, "Body."));

            assertThat(reject.reason()).isEqualTo(RejectReason.IMPOSSIBLE_DATE);
            assertThat(reject.detail()).contains("20230230").contains("February 2023 has 28 days");
        }

        @Test
        void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
            assertThat(parsed(file("Headline", "20240229", URL, "Body.")).publishedDate())
                    .isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @Test
        void rejectsTheThirteenthMonthAsAnImpossibleDate() {
            ParseOutcome.Rejected reject = rejected(file("Headline", "20241301", URL, "Body."));

            assertThat(reject.reason()).isEqualTo(RejectReason.IMPOSSIBLE_DATE);
            assertThat(reject.detail()).contains("month 13");
        }

        @Test
        void rejectsYearsBefore1800AndAfter2100AsImpossibleDates() {
            assertThat(rejected(file("Headline", "17991231", URL, "Body.")).reason())
                    .isEqualTo(RejectReason.IMPOSSIBLE_DATE);
            assertThat(rejected(file("Headline", "21010101", URL, "Body.")).reason())
                    .isEqualTo(RejectReason.IMPOSSIBLE_DATE);
            assertThat(parsed(file("Headline", "18000101", URL, "Body.")).publishedDate().getYear()).isEqualTo(1800);
            assertThat(parsed(file("Headline", "21001231", URL, "Body.")).publishedDate().getYear()).isEqualTo(2100);
        }

        @Test
        void rejectsAFileThatEndsAfterTheDateAsMissingUrl() {
            ParseOutcome.Rejected reject = rejected("Headline\n20240315\n\n");

            assertThat(reject.reason()).isEqualTo(RejectReason.MISSING_URL);
            assertThat(reject.detail()).contains("line 2");
        }

        @Test
        void rejectsAFileWhoseThirdLineIsProseAsMissingUrl() {
            ParseOutcome.Rejected reject = rejected(file("Headline", "20240315",
                    "The foreign minister said on Monday that the country would not change course.", "More."));

            assertThat(reject.reason()).isEqualTo(RejectReason.MISSING_URL);
            assertThat(reject.detail()).startsWith("line 3 is not a URL: \"The foreign minister");
        }

        @Test
        void rejectsAUrlWithoutSchemeAsBadUrl() {
            ParseOutcome.Rejected reject = rejected(file("Headline", "20240315", "www.example.org/world/story", "Body."));

            assertThat(reject.reason()).isEqualTo(RejectReason.BAD_URL);
            assertThat(reject.detail()).contains("line 3").contains("scheme");
        }

        @Test
        void rejectsAnFtpUrlAsBadUrl() {
            ParseOutcome.Rejected reject = rejected(file("Headline", "20240315", "ftp://example.org/story.txt", "Body."));

            assertThat(reject.reason()).isEqualTo(RejectReason.BAD_URL);
            assertThat(reject.detail()).contains("\"ftp\"");
        }

        @Test
        void rejectsAUrlWithoutHostAsBadUrl() {
            assertThat(rejected(file("Headline", "20240315", "https:///world/story", "Body.")).reason())
                    .isEqualTo(RejectReason.BAD_URL);
        }

        @Test
        void rejectsAUrlWithASpaceInsideAsBadUrl() {
            ParseOutcome.Rejected reject = rejected(file("Headline", "20240315", "https://example.org/world story", "Body."));

            assertThat(reject.reason()).isEqualTo(RejectReason.BAD_URL);
            assertThat(reject.detail()).contains("column 26");
        }

        @Test
        void rejectsAFileWithNothingAfterTheUrlAsNoBody() {
            ParseOutcome.Rejected reject = rejected("Headline\n20240315\n" + URL + "\n \n\t\n");

            assertThat(reject.reason()).isEqualTo(RejectReason.NO_BODY);
            assertThat(reject.detail()).contains("line 3");
        }

        @Test
        void rejectsAFileWhoseOnlyParagraphIsABylineAsNoBody() {
            assertThat(rejected(file("Headline", "20240315", URL, "By Jane Doe")).reason())
                    .isEqualTo(RejectReason.NO_BODY);
        }

        @Test
        void rejectsAFileWithANulByteAsBinary() {
            byte[] bytes = utf8(file("Headline", "20240315", URL, "Body\u0000text."));
            int nul = ("Headline\n20240315\n" + URL + "\nBody").length();

            ParseOutcome.Rejected reject = rejected(parser, bytes);

            assertThat(reject.reason()).isEqualTo(RejectReason.BINARY);
            assertThat(reject.detail()).isEqualTo("NUL byte at offset " + nul + " (line 4)");
        }

        @Test
        void rejectsAFileOfMostlyControlCharactersAsBinary() {
            byte[] bytes = new byte[400];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (i % 2 == 0 ? 0x01 + (i % 8) : 'a');
            }

            assertThat(rejected(parser, bytes).reason()).isEqualTo(RejectReason.BINARY);
        }

        @Test
        void rejectsAFileOverTheSizeLimitAsTooLarge() {
            ArticleParser small = new ArticleParser(new ParserSettings(100, true));
            byte[] bytes = utf8(file("Headline", "20240315", URL, "x".repeat(200)));

            ParseOutcome.Rejected reject = rejected(small, bytes);

            assertThat(reject.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(reject.detail()).contains(bytes.length + " bytes").contains("100 bytes");
        }

        @Test
        void cutsALongOffendingValueToAboutEightyCharactersInTheDetail() {
            String longDate = "d".repeat(500);

            ParseOutcome.Rejected reject = rejected(file("Headline", longDate, URL, "Body."));

            assertThat(reject.reason()).isEqualTo(RejectReason.BAD_DATE);
            assertThat(reject.detail()).contains("d".repeat(79) + "…\"").doesNotContain("d".repeat(81));
        }

        @Test
        void showsControlCharactersInADetailAsEscapes() {
            ParseOutcome.Rejected reject = rejected(file("Headline", "2024\u00070315", URL, "Body."));

            assertThat(reject.detail()).contains("2024\\u00070315");
        }
    }

    @Nested
    class SourceDomains {

        private String domainOf(String url) {
            return parsed(file("Headline", "20240315", url, "Body.")).sourceDomain();
        }

        @Test
        void dropsALeadingWww() {
            assertThat(domainOf("https://www.indiatoday.in/world/story")).isEqualTo("indiatoday.in");
        }

        @Test
        void keepsWww1BecauseOnlyExactlyWwwIsDropped() {
            assertThat(domainOf("https://www1.cbn.com/cbnnews/world")).isEqualTo("www1.cbn.com");
        }

        @Test
        void lowerCasesTheHost() {
            assertThat(domainOf("HTTPS://WWW.Example.ORG/Path/Kept")).isEqualTo("example.org");
        }

        @Test
        void dropsPortUserInfoAndTrailingDot() {
            assertThat(domainOf("http://reader@news.example.com.:8080/a?b=c#d")).isEqualTo("news.example.com");
        }

        @Test
        void keepsSubdomainsOtherThanWww() {
            assertThat(domainOf("https://edition.cnn.com/2024/03/15/world")).isEqualTo("edition.cnn.com");
        }

        @Test
        void keepsWwwInsideTheHost() {
            assertThat(domainOf("https://news.www.example.org/a")).isEqualTo("news.www.example.org");
        }

        @Test
        void acceptsAUrlWithOnlyAHost() {
            assertThat(domainOf("http://example.org")).isEqualTo("example.org");
        }
    }

    @Nested
    class Bylines {

        private Article withFirstParagraph(String paragraph) {
            return parsed(file("Headline", "20240315", URL, paragraph, "Second paragraph."));
        }

        @Test
        void takesASingleAuthorFromAColonByline() {
            Article article = withFirstParagraph("By Geeta Mohan: Kazakhstan has refused to recognise them.");

            assertThat(article.author()).isEqualTo("Geeta Mohan");
            assertThat(article.bylineEnd()).isEqualTo("By Geeta Mohan: ".length());
            assertThat(article.body().substring(article.bylineEnd())).startsWith("Kazakhstan has refused");
        }

        @Test
        void takesTwoAuthorsJoinedByAnd() {
            Article article = withFirstParagraph("By Jane Doe and Omar Haddad: The cabinet met.");

            assertThat(article.author()).isEqualTo("Jane Doe; Omar Haddad");
            assertThat(article.body().substring(article.bylineEnd())).startsWith("The cabinet met.");
        }

        @Test
        void takesThreeAuthorsFromACommaAndList() {
            assertThat(withFirstParagraph("By Ana Lima, Piotr Nowak and Li Wei: The vote failed.").author())
                    .isEqualTo("Ana Lima; Piotr Nowak; Li Wei");
            assertThat(withFirstParagraph("By Ana Lima, Piotr Nowak, and Li Wei: The vote failed.").author())
                    .isEqualTo("Ana Lima; Piotr Nowak; Li Wei");
        }

        @Test
        void takesAWholeLineBylineWithoutAColon() {
            Article article = withFirstParagraph("By Jane Doe");

            assertThat(article.author()).isEqualTo("Jane Doe");
            assertThat(article.bylineEnd()).isEqualTo("By Jane Doe\n".length());
            assertThat(article.body().substring(article.bylineEnd())).isEqualTo("Second paragraph.");
        }

        @Test
        void takesAWholeLineBylineEndingInAColon() {
            Article article = withFirstParagraph("By Jane Doe:");

            assertThat(article.author()).isEqualTo("Jane Doe");
            assertThat(article.body().substring(article.bylineEnd())).isEqualTo("Second paragraph.");
        }

        @Test
        void takesAnAllCapitalsByline() {
            assertThat(withFirstParagraph("BY JANE DOE: The cabinet met.").author()).isEqualTo("JANE DOE");
            assertThat(withFirstParagraph("BY THE NUMBERS: ten states.").author()).isEmpty();
        }

        @Test
        void acceptsNamesWithHyphensApostrophesInitialsAndParticles() {
            assertThat(withFirstParagraph("By Jean-Luc O'Neill and J. R. van der Berg: Text.").author())
                    .isEqualTo("Jean-Luc O'Neill; J. R. van der Berg");
        }

        @Test
        void findsNoAuthorWhenTheBodyHasNoByline() {
            Article article = withFirstParagraph("The cabinet met on Monday.");

            assertThat(article.author()).isEmpty();
            assertThat(article.bylineEnd()).isZero();
        }

        @Test
        void doesNotTakeByContrastForAByline() {
            assertThat(withFirstParagraph("By contrast, Ghana has not recognised it.").author()).isEmpty();
            assertThat(withFirstParagraph("By Contrast").author()).isEmpty();
        }

        @Test
        void doesNotTakeByTuesdayForAByline() {
            assertThat(withFirstParagraph("By Tuesday, the vote had been postponed twice.").author()).isEmpty();
            assertThat(withFirstParagraph("By Tuesday: nothing had changed.").author()).isEmpty();
            assertThat(withFirstParagraph("By March 2024, ten states had recognised it.").author()).isEmpty();
        }

        @Test
        void doesNotTakeASentenceWithAColonLaterOnForAByline() {
            assertThat(withFirstParagraph("By the end of the talks, one thing was clear: no deal.").author()).isEmpty();
            assertThat(withFirstParagraph("By 10:30 the delegates had left.").author()).isEmpty();
        }

        @Test
        void doesNotTakeANameOfMoreThanFiveWordsForAByline() {
            assertThat(withFirstParagraph("By Very Long Capitalised Phrase Of Six: text.").author()).isEmpty();
        }

        @Test
        void looksForABylineOnlyInTheFirstParagraph() {
            Article article = parsed(file("Headline", "20240315", URL, "The cabinet met.", "By Jane Doe: text."));

            assertThat(article.author()).isEmpty();
        }

        @Test
        void takesABylineFromTheFirstParagraphEvenAfterBlankLines() {
            Article article = parsed("Headline\n20240315\n" + URL + "\n\n\nBy Jane Doe: The cabinet met.\n");

            assertThat(article.author()).isEqualTo("Jane Doe");
            assertThat(article.bylineEnd()).isEqualTo("By Jane Doe: ".length());
        }
    }
}
