package org.recognitionetl.article;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
public class ArticleParser {
    public ArticleParser(ParserSettings s) {}
    public ParseOutcome parse(byte[] bytes, String sourceFile) {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r", "");
        String[] lines = text.split("\n");
        if (lines.length < 4) return new ParseOutcome.Rejected(RejectReason.NO_BODY, "stub");
        String url = lines[2].trim();
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, 3, lines.length));
        LocalDate d;
        try { d = LocalDate.parse(lines[1].trim(), java.time.format.DateTimeFormatter.BASIC_ISO_DATE); } catch (Exception e) { return new ParseOutcome.Rejected(RejectReason.BAD_DATE, lines[1]); }
        return new ParseOutcome.Parsed(new Article(ArticleIds.articleId(url), lines[0].trim(), d, url, java.net.URI.create(url).getHost().replaceFirst("^www\\.", ""), "", sourceFile, body, 0, HexFormat.of().formatHex(ArticleIds.sha256(bytes)), "UTF-8"));
    }
}
