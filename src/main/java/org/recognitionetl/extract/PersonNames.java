package org.recognitionetl.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the store needs to know about speaker names to merge one person's rows across articles: whether a name is
 * a person's (not an organisation's), its surname, and whether two first names are one ("Joe"/"Joseph",
 * "Sergei"/"Sergey"). Short forms of first names are in {@code extract/nicknames.txt}.
 */
public final class PersonNames {
    private static final Map<String, String> NICKNAMES = new HashMap<>();

    static {
        for (String line : Resources.lines("extract/nicknames.txt", null)) {
            String[] p = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
            if (p.length == 2) {
                NICKNAMES.put(p[0], p[1]);
            }
        }
    }

    private static final List<String> SUFFIXES = List.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

    private PersonNames() {
    }

    /** The words of a person's name without suffixes ("Jr."), or an empty array if it is no person's name. */
    public static String[] words(String name) {
        if (name == null || name.isBlank()) {
            return new String[0];
        }
        String[] w = name.strip().split("\\s+");
        int n = w.length;
        while (n > 1 && SUFFIXES.contains(w[n - 1].toLowerCase(Locale.ROOT).replace(",", ""))) {
            n--;
        }
        if (n > 4) {
            return new String[0];
        }
        for (int i = 0; i < n; i++) {
            String x = w[i];
            String l = x.toLowerCase(Locale.ROOT);
            boolean particle = l.equals("al") || l.equals("bin") || l.equals("de") || l.equals("van")
                    || l.equals("von") || l.equals("da") || l.equals("del") || l.equals("ibn") || l.equals("la");
            if (NameParser.ORG_WORDS.contains(l) || (!Character.isUpperCase(x.charAt(0)) && !particle)) {
                return new String[0];
            }
        }
        return java.util.Arrays.copyOf(w, n);
    }

    /** True if the two first names are one person's: equal, a short form of the other, or one letter apart. */
    public static boolean sameFirstName(String a, String b) {
        String x = full(a);
        String y = full(b);
        if (x.equals(y)) {
            return true;
        }
        // transliterations differ by a letter ("Sergei"/"Sergey"); short names that differ are different people
        return x.length() >= 5 && y.length() == x.length() && differences(x, y) == 1;
    }

    private static String full(String first) {
        String l = first.toLowerCase(Locale.ROOT).replace(".", "");
        return NICKNAMES.getOrDefault(l, l);
    }

    private static int differences(String x, String y) {
        int d = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                d++;
            }
        }
        return d;
    }
}
