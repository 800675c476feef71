package org.recognitionetl.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes invented articles in the input format, spread over dated folders, for tests that need
 * many files. The same arguments always give the same bytes.
 */
public final class SyntheticCorpus {
    private static final List<String> STATES = List.of("Kazakhstan", "Serbia", "Honduras", "Spain", "Brazil",
            "Nigeria", "Indonesia", "Chile", "Norway", "Kenya");
    private static final List<String> TARGETS = List.of("Kosovo", "Taiwan", "Abkhazia", "South Ossetia",
            "Western Sahara", "Northern Cyprus", "Somaliland", "Transnistria");
    private static final List<String> PEOPLE = List.of("Anna Verhoeven", "Tomas Lindqvist", "Maria Okafor",
            "Daniel Restrepo", "Leila Haddad", "Pavel Dorogin", "Grace Mwangi", "Hugo Sandoval");

    private SyntheticCorpus() {
    }

    public static void write(Path root, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            LocalDate date = LocalDate.of(2023, 1, 1).plusDays(i % 365);
            Path folder = root.resolve(String.format("%04d/%02d", date.getYear(), date.getMonthValue()));
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(String.format("%06d.txt", i)), article(i, date), StandardCharsets.UTF_8);
        }
    }

    public static String article(int i, LocalDate date) {
        String state = STATES.get(i % STATES.size());
        String target = TARGETS.get((i / 3) % TARGETS.size());
        String person = PEOPLE.get((i / 7) % PEOPLE.size());
        String surname = person.substring(person.indexOf(' ') + 1);
        String stance = switch (i % 4) {
            case 0 -> "does not recognise";
            case 1 -> "recognises";
            case 2 -> "will not recognise";
            default -> "has decided to recognise";
        };
        return String.join("\n",
                state + " minister speaks on " + target + " in report number " + i,
                date.toString().replace("-", ""),
                "https://news.example.org/" + date + "/story-" + i,
                "By Sam Writer: The foreign minister of " + state + ", " + person + ", spoke to reporters on day " + i + ".",
                person + " said that " + state + " " + stance + " " + target + " as an independent state.",
                "\"We have followed the talks closely and our view has not changed,\" " + surname + " said.",
                "Analysts expect further meetings in the coming weeks, according to the report number " + i + ".")
                + "\n";
    }
}
