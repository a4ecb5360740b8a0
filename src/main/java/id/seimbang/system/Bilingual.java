package id.seimbang.system;

/**
 * A user-facing text in Indonesian first, with English alongside. JSON keys are the language codes
 * ({@code id} = Bahasa Indonesia, {@code en} = English).
 */
public record Bilingual(String id, String en) implements java.io.Serializable {

    public static Bilingual of(String indonesian, String english) {
        return new Bilingual(indonesian, english);
    }

    /**
     * A message written "Indonesian / English" (bean-validation annotations carry one string) split into its
     * two languages; a message without the separator is kept for both.
     */
    public static Bilingual split(String message) {
        int at = message.indexOf(" / ");
        return at < 0 ? new Bilingual(message, message)
                : new Bilingual(message.substring(0, at).strip(), message.substring(at + 3).strip());
    }

    /** Both languages on one line, for logs and problem details read by people. */
    public String joined() {
        return id + " / " + en;
    }
}
