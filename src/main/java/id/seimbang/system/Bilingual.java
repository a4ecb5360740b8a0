package id.seimbang.system;

/**
 * A user-facing text in Indonesian first, with English alongside. JSON keys are the language codes
 * ({@code id} = Bahasa Indonesia, {@code en} = English).
 */
public record Bilingual(String id, String en) {

    public static Bilingual of(String indonesian, String english) {
        return new Bilingual(indonesian, english);
    }

    /** Both languages on one line, for logs and problem details read by people. */
    public String joined() {
        return id + " / " + en;
    }
}
