package org.recognitionetl.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the byline that may open an article's first paragraph.
 *
 * <p>The rule, kept strict so that ordinary sentences starting with "By" ("By Tuesday, the vote…",
 * "By contrast, …") are not taken for bylines:
 * <ul>
 *   <li>the paragraph starts (after optional spaces) with {@code By } or {@code BY };</li>
 *   <li>the names run either up to the first colon ({@code By Geeta Mohan: Kazakhstan…}) or to the
 *       end of the paragraph ({@code By Jane Doe} alone on its line);</li>
 *   <li>the names are separated by {@code ,}, {@code and} or {@code &} ({@code By A, B and C});</li>
 *   <li>each name has 1 to {@value #MAX_WORDS_PER_NAME} words; every word is capitalised
 *       ({@code Jean-Luc}, {@code O'Neill}, {@code J.}), except lower-case particles inside a name
 *       ({@code de}, {@code van}, {@code al}…);</li>
 *   <li>a name may not start with a word that opens ordinary prose ({@code The}, {@code Contrast},
 *       {@code Then}…), and a one-word name may not be a weekday or month ({@code By Tuesday:}).</li>
 * </ul>
 */
final class Bylines {

    static final int MAX_WORDS_PER_NAME = 5;
    static final int MAX_NAMES = 8;
    private static final int MAX_BYLINE_CHARS = 300;

    /** Where a byline is found: the names, and the offset just after it in its paragraph. */
    record Byline(List<String> names, int end, boolean wholeParagraph) {
        String author() {
            return String.join("; ", names);
        }
    }

    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.\\-]*");
    private static final Set<String> PARTICLES = Set.of(
            "de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "ter",
            "la", "le", "du", "al", "el", "bin", "ibn", "bint", "y", "e", "af", "zu");
    private static final Set<String> NOT_A_NAME_START = Set.of(
            "the", "this", "that", "these", "those", "then", "now", "far", "contrast", "comparison",
            "law", "default", "chance", "design", "mistake", "accident", "today", "tonight",
            "tomorrow", "yesterday", "noon", "midnight", "dawn", "nightfall", "evening", "morning",
            "afternoon", "late", "early", "mid", "all", "some", "most", "many", "no", "not", "way",
            "land", "sea", "air", "road", "rail", "car", "train", "plane", "email", "phone", "order",
            "virtue", "means", "year", "end", "week", "month", "day", "night", "one", "two", "three",
            "his", "her", "their", "its", "our", "my", "your", "a", "an", "any", "each", "every",
            "both", "either", "when", "doing", "making", "taking", "refusing", "recognising",
            "recognizing", "signing", "voting", "last", "next", "same", "itself");
    private static final Set<String> CALENDAR_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "spring", "summer", "autumn", "fall", "winter",
            "christmas", "easter", "ramadan");

    private Bylines() {
    }

    /** The byline opening this paragraph, if there is one (see the class comment for the rule). */
    static Optional<Byline> detect(String paragraph) {
        int i = 0;
        while (i < paragraph.length() && (paragraph.charAt(i) == ' ' || paragraph.charAt(i) == '\t')) {
            i++;
        }
        if (!(paragraph.startsWith("By ", i) || paragraph.startsWith("BY ", i))) {
            return Optional.empty();
        }
        int nameStart = i + 3;
        int colon = paragraph.indexOf(':', nameStart);
        String nameText;
        int end;
        if (colon >= 0) {
            nameText = paragraph.substring(nameStart, colon);
            end = colon + 1;
            while (end < paragraph.length() && Character.isWhitespace(paragraph.charAt(end))) {
                end++;
            }
        } else {
            nameText = paragraph.substring(nameStart);
            end = paragraph.length();
        }
        if (nameText.length() > MAX_BYLINE_CHARS) {
            return Optional.empty();
        }
        List<String> names = names(nameText.strip());
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Byline(List.copyOf(names), end, end == paragraph.length()));
    }

    private static List<String> names(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String[] parts = NAME_SEPARATOR.split(text, -1);
        if (parts.length > MAX_NAMES) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : parts) {
            String name = part.strip();
            if (!isName(name)) {
                return List.of();
            }
            names.add(name);
        }
        return names;
    }

    private static boolean isName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        String[] words = name.split("\\s+");
        if (words.length > MAX_WORDS_PER_NAME) {
            return false;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        if (NOT_A_NAME_START.contains(first) || (words.length == 1 && CALENDAR_WORDS.contains(first))) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            boolean inner = w > 0 && w < words.length - 1;
            if (NAME_WORD.matcher(word).matches()) {
                continue;
            }
            if (inner && PARTICLES.contains(word)) {
                continue;
            }
            return false;
        }
        return true;
    }
}
