package org.recognitionetl.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of one input file into an {@link Article} or a {@link ParseOutcome.Rejected reject}.
 * Never throws for bad input; thread-safe (no mutable state).
 *
 * <h2>Input format</h2>
 * <pre>
 * line 1   headline
 * line 2   publication date, YYYYMMDD
 * line 3   article URL
 * line 4…  body, one paragraph per line; the first may open with a byline "By NAME: …"
 * </pre>
 *
 * <h2>How messy files are read</h2>
 * <ul>
 *   <li>A UTF-8 byte-order mark is dropped. A UTF-16/UTF-32 byte-order mark (or UTF-16 text
 *       without one) is rejected as {@link RejectReason#UNSUPPORTED_ENCODING}.</li>
 *   <li>Bytes are decoded strictly as UTF-8. Invalid UTF-8 is decoded as windows-1252 when
 *       {@link ParserSettings#utf8Fallback()} is on ({@link Article#encoding()} then says
 *       {@code windows-1252}), and rejected as {@link RejectReason#INVALID_UTF8} otherwise.</li>
 *   <li>Any NUL byte, or more than 30% control characters, makes the file {@link RejectReason#BINARY}.</li>
 *   <li>Line ends may be LF, CRLF or a lone CR, mixed.</li>
 *   <li>Blank (whitespace-only) lines are skipped everywhere: before the headline, between the
 *       three header lines and in the body. So the header is the first three non-blank lines,
 *       and line numbers in reject details are the physical line numbers of the file.</li>
 *   <li>Title, date and URL are stripped of surrounding whitespace (and of no-break and zero-width
 *       spaces); body paragraphs of trailing whitespace only. Body paragraphs are joined with a single {@code \n}.</li>
 * </ul>
 *
 * <h2>Fields</h2>
 * See {@link Article}. {@code sourceDomain} is the URL host lower-cased without a leading
 * {@code www.} only ({@code www1.cbn.com} stays). {@code author} comes from the byline (rule in
 * {@link Bylines}); {@code bylineEnd} is the body offset just after "By NAME: " (including the
 * space), or, for a byline that is a whole paragraph, just after that paragraph's newline.
 */
public final class ArticleParser {

    /** {@link Article#encoding()} for files that are valid UTF-8. */
    public static final String UTF_8 = "UTF-8";
    /** {@link Article#encoding()} for files decoded with the documented fallback. */
    public static final String WINDOWS_1252 = "windows-1252";

    /** Longest excerpt of an offending value quoted in a reject detail. */
    static final int MAX_VALUE_IN_DETAIL = 80;
    private static final double MAX_CONTROL_CHAR_SHARE = 0.30;
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2100;

    private static final Pattern DATE = Pattern.compile("[0-9]{8}");
    private static final Pattern SCHEME_URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*)://(.*)", Pattern.DOTALL);
    private static final Pattern HOST_LABEL = Pattern.compile("[\\p{L}\\p{N}_\\-]+");

    private final ParserSettings settings;

    /** A parser with {@link ParserSettings#DEFAULTS}. */
    public ArticleParser() {
        this(ParserSettings.DEFAULTS);
    }

    public ArticleParser(ParserSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ParserSettings settings() {
        return settings;
    }

    /**
     * Parses one file.
     *
     * @param bytes      the file's bytes, as read
     * @param sourceFile the path relative to the input root, {@code /}-separated (stored as is)
     */
    public ParseOutcome parse(byte[] bytes, String sourceFile) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > settings.maxBytes()) {
            return reject(RejectReason.TOO_LARGE, "the file has " + bytes.length
                    + " bytes; the limit is " + settings.maxBytes() + " bytes");
        }
        if (bytes.length == 0) {
            return reject(RejectReason.EMPTY, "the file has 0 bytes");
        }
        Optional<String> wideEncoding = wideEncoding(bytes);
        if (wideEncoding.isPresent()) {
            return reject(RejectReason.UNSUPPORTED_ENCODING, wideEncoding.get());
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        int nul = indexOfNul(bytes, start);
        if (nul >= 0) {
            if (looksLikeUtf16WithoutBom(bytes, start)) {
                return reject(RejectReason.UNSUPPORTED_ENCODING,
                        "every other byte is NUL: the file looks like UTF-16 text without a byte-order mark");
            }
            return reject(RejectReason.BINARY, "NUL byte at offset " + nul + " (line " + lineOfOffset(bytes, nul) + ")");
        }

        String text;
        String encoding;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            if (!settings.utf8Fallback()) {
                return reject(RejectReason.INVALID_UTF8, "byte " + hexBytes(bytes, offset, Math.max(1, result.length()))
                        + " at offset " + offset + " (line " + lineOfOffset(bytes, offset) + ") is not valid UTF-8");
            }
            text = new String(bytes, start, bytes.length - start, Charset.forName(WINDOWS_1252));
            encoding = WINDOWS_1252;
        } else {
            out.flip();
            text = out.toString();
            encoding = UTF_8;
        }

        if (text.isBlank()) {
            return reject(RejectReason.EMPTY, start > 0 && text.isEmpty()
                    ? "the file holds only a UTF-8 byte-order mark"
                    : "the file holds only whitespace (" + bytes.length + " bytes)");
        }
        int controls = countControlCharacters(text);
        if (controls > MAX_CONTROL_CHAR_SHARE * text.length()) {
            return reject(RejectReason.BINARY, controls + " of " + text.length()
                    + " characters are control characters; this is not text");
        }

        List<Line> lines = splitLines(text);
        // Header: the first three non-blank lines.
        int titleIndex = nextNonBlank(lines, 0);
        Line titleLine = lines.get(titleIndex);
        String title = stripHeader(titleLine.text());

        int dateIndex = nextNonBlank(lines, titleIndex + 1);
        if (dateIndex < 0) {
            return reject(RejectReason.MISSING_DATE, "the file ends after the headline (line " + titleLine.number()
                    + "); expected the date YYYYMMDD on the next line");
        }
        Line dateLine = lines.get(dateIndex);
        String dateText = stripHeader(dateLine.text());
        if (isUrl(dateText)) {
            return reject(RejectReason.MISSING_DATE, "line " + dateLine.number() + " holds the URL " + quote(dateText)
                    + " where the date YYYYMMDD should be");
        }
        ParseOutcome.Rejected dateProblem = checkDate(dateText, dateLine.number());
        if (dateProblem != null) {
            return dateProblem;
        }
        LocalDate publishedDate = LocalDate.of(Integer.parseInt(dateText.substring(0, 4)),
                Integer.parseInt(dateText.substring(4, 6)), Integer.parseInt(dateText.substring(6, 8)));

        int urlIndex = nextNonBlank(lines, dateIndex + 1);
        if (urlIndex < 0) {
            return reject(RejectReason.MISSING_URL, "the file ends after the date (line " + dateLine.number()
                    + "); expected the article URL on the next line");
        }
        Line urlLine = lines.get(urlIndex);
        String url = stripHeader(urlLine.text());
        if (!looksLikeUrl(url)) {
            return reject(RejectReason.MISSING_URL, "line " + urlLine.number() + " is not a URL: " + quote(url)
                    + "; expected the article URL after the date");
        }
        String hostOrProblem = hostOf(url);
        if (hostOrProblem.startsWith("!")) {
            return reject(RejectReason.BAD_URL, "line " + urlLine.number() + ": " + quote(url) + " "
                    + hostOrProblem.substring(1));
        }
        String sourceDomain = sourceDomain(hostOrProblem);

        List<String> paragraphs = new ArrayList<>();
        for (int i = urlIndex + 1; i < lines.size(); i++) {
            String paragraph = lines.get(i).text().stripTrailing();
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
        }
        if (paragraphs.isEmpty()) {
            return reject(RejectReason.NO_BODY, "nothing but blank lines after the URL on line " + urlLine.number());
        }
        String body = String.join("\n", paragraphs);

        String author = "";
        int bylineEnd = 0;
        Optional<Bylines.Byline> byline = Bylines.detect(paragraphs.get(0));
        if (byline.isPresent()) {
            Bylines.Byline found = byline.get();
            if (found.wholeParagraph() && paragraphs.size() == 1) {
                return reject(RejectReason.NO_BODY, "the only paragraph after the URL is the byline "
                        + quote(paragraphs.get(0)));
            }
            author = found.author();
            bylineEnd = found.wholeParagraph() ? found.end() + 1 : found.end();
        }

        Article article = new Article(
                ArticleIds.articleId(url),
                title,
                publishedDate,
                url,
                sourceDomain,
                author,
                sourceFile,
                body,
                bylineEnd,
                ArticleIds.sha256Hex(bytes),
                encoding);
        return new ParseOutcome.Parsed(article);
    }

    // ---------------------------------------------------------------- date

    private static ParseOutcome.Rejected checkDate(String dateText, int lineNumber) {
        if (!DATE.matcher(dateText).matches()) {
            return reject(RejectReason.BAD_DATE, "line " + lineNumber + ": " + quote(dateText)
                    + " is not a date in the form YYYYMMDD");
        }
        int year = Integer.parseInt(dateText.substring(0, 4));
        int month = Integer.parseInt(dateText.substring(4, 6));
        int day = Integer.parseInt(dateText.substring(6, 8));
        String where = "line " + lineNumber + ": " + dateText + " ";
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return reject(RejectReason.IMPOSSIBLE_DATE, where + "has the year " + year + ", outside "
                    + MIN_YEAR + ".." + MAX_YEAR);
        }
        if (month < 1 || month > 12) {
            return reject(RejectReason.IMPOSSIBLE_DATE, where + "has the month " + dateText.substring(4, 6)
                    + "; months run 01..12");
        }
        try {
            LocalDate.of(year, month, day);
            return null;
        } catch (DateTimeException e) {
            YearMonth yearMonth = YearMonth.of(year, month);
            return reject(RejectReason.IMPOSSIBLE_DATE, where + "is not a calendar day: "
                    + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                    + yearMonth.lengthOfMonth() + " days");
        }
    }

    // ---------------------------------------------------------------- URL

    /**
     * Whether a date line is in fact a URL (so the date is missing rather than malformed). Strict, so
     * that dates such as {@code 15/03/2024} or {@code 2024.03.15} count as bad dates.
     */
    static boolean isUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return text.contains("://") || lower.startsWith("www.") || lower.startsWith("http:") || lower.startsWith("https:");
    }

    /**
     * Whether the URL line is an attempt at a URL ({@link RejectReason#BAD_URL} if it is broken) as
     * opposed to prose, meaning the URL line is missing ({@link RejectReason#MISSING_URL}).
     */
    static boolean looksLikeUrl(String text) {
        if (isUrl(text)) {
            return true;
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        return text.indexOf('.') >= 0 || text.indexOf('/') >= 0;
    }

    /** The URL's host, or a problem description prefixed with {@code !}. */
    static String hostOf(String url) {
        Matcher matcher = SCHEME_URL.matcher(url);
        if (!matcher.matches()) {
            return "!has no http:// or https:// scheme";
        }
        String scheme = matcher.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "!has the scheme " + quote(matcher.group(1)) + "; only http and https are accepted";
        }
        for (int i = 0; i < url.length(); i++) {
            if (Character.isWhitespace(url.charAt(i)) || Character.isISOControl(url.charAt(i))) {
                return "!contains a space or control character at column " + (i + 1);
            }
        }
        String rest = matcher.group(2);
        int authorityEnd = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                authorityEnd = i;
                break;
            }
        }
        String authority = rest.substring(0, authorityEnd);
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        String port;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return "!has an unclosed IPv6 host";
            }
            host = hostPort.substring(0, close + 1);
            port = hostPort.substring(close + 1);
            if (!port.isEmpty() && !port.startsWith(":")) {
                return "!has text after the IPv6 host";
            }
            port = port.isEmpty() ? "" : port.substring(1);
            if (host.length() <= 2) {
                return "!has no host";
            }
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            port = colon < 0 ? "" : hostPort.substring(colon + 1);
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            if (host.isEmpty()) {
                return "!has no host";
            }
            for (String label : host.split("\\.", -1)) {
                if (!HOST_LABEL.matcher(label).matches()) {
                    return "!has an invalid host " + quote(host);
                }
            }
        }
        if (!port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "!has an invalid port " + quote(port);
        }
        return host;
    }

    /** Host lower-cased, without a leading {@code www.} (only exactly that: {@code www1.} stays). */
    static String sourceDomain(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.startsWith("www.") && lower.length() > 4) {
            return lower.substring(4);
        }
        return lower;
    }

    // ---------------------------------------------------------------- bytes and lines

    private record Line(int number, String text) {
    }

    /** Splits on LF, CRLF and lone CR; line numbers are 1-based. */
    private static List<Line> splitLines(String text) {
        List<Line> lines = new ArrayList<>();
        int number = 1;
        int begin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(number++, text.substring(begin, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                begin = i + 1;
            }
        }
        lines.add(new Line(number, text.substring(begin)));
        return lines;
    }

    /**
     * Strips a header line of whitespace and of the invisible characters that copying from web pages
     * leaves at line ends: no-break spaces (U+00A0, U+2007, U+202F), zero-width space (U+200B) and a
     * stray byte-order mark (U+FEFF).
     */
    static String stripHeader(String line) {
        int begin = 0;
        int end = line.length();
        while (begin < end && isHeaderPadding(line.charAt(begin))) {
            begin++;
        }
        while (end > begin && isHeaderPadding(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(begin, end);
    }

    private static boolean isHeaderPadding(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                || c == '\uFEFF';
    }

    private static int nextNonBlank(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).text().isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static Optional<String> wideEncoding(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return Optional.of("the file starts with a UTF-32 (big-endian) byte-order mark");
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return Optional.of("the file starts with a UTF-32 (little-endian) byte-order mark");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of("the file starts with a UTF-16 (big-endian) byte-order mark");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of("the file starts with a UTF-16 (little-endian) byte-order mark");
        }
        return Optional.empty();
    }

    private static boolean looksLikeUtf16WithoutBom(byte[] bytes, int start) {
        int end = Math.min(bytes.length, start + 4096);
        int even = 0;
        int odd = 0;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = start; i < end; i++) {
            boolean isEven = ((i - start) & 1) == 0;
            if (isEven) {
                even++;
                evenNul += bytes[i] == 0 ? 1 : 0;
            } else {
                odd++;
                oddNul += bytes[i] == 0 ? 1 : 0;
            }
        }
        if (even < 8 || odd < 8) {
            return false;
        }
        boolean le = oddNul > 0.4 * odd && evenNul == 0;
        boolean be = evenNul > 0.4 * even && oddNul == 0;
        return le || be;
    }

    private static int indexOfNul(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** 1-based line of a byte offset, counting LF, CRLF and lone CR as line ends. */
    private static int lineOfOffset(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            } else if (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static String hexBytes(byte[] bytes, int offset, int count) {
        StringBuilder hex = new StringBuilder();
        for (int i = offset; i < Math.min(bytes.length, offset + Math.min(count, 4)); i++) {
            if (hex.length() > 0) {
                hex.append(' ');
            }
            hex.append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return hex.toString();
    }

    /** Control characters other than tab, line feed, form feed and carriage return; U+FFFD counts too. */
    private static int countControlCharacters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
                count++;
            }
        }
        return count;
    }

    // ---------------------------------------------------------------- details

    private static ParseOutcome.Rejected reject(RejectReason reason, String detail) {
        return new ParseOutcome.Rejected(reason, detail);
    }

    /** The value in double quotes, control characters shown as {@code \\uXXXX}, cut to ~80 characters. */
    static String quote(String value) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < value.length() && shown.length() <= MAX_VALUE_IN_DETAIL; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        if (shown.length() > MAX_VALUE_IN_DETAIL) {
            shown.setLength(MAX_VALUE_IN_DETAIL - 1);
            shown.append('…');
        }
        return "\"" + shown + "\"";
    }
}
