package id.seimbang.system;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Code values (enum constants, the policy's output codes such as relocation support {@code NONE}) as words in
 * both languages, from the message bundles' {@code enum.<group>.<CODE>} keys, for sentences the service writes
 * (explanations) and for pages. A code a policy file introduces without a label stays as it is.
 */
@Component
public class CodeLabels {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MessageSource messages;

    public CodeLabels(MessageSource messages) {
        this.messages = messages;
    }

    public Bilingual of(String group, Object value) {
        if (value == null) {
            return Bilingual.of("–", "–");
        }
        String code = value instanceof Enum<?> e ? e.name() : value.toString();
        String key = "enum." + group + "." + code;
        return Bilingual.of(messages.getMessage(key, null, code, INDONESIAN), messages.getMessage(key, null, code, Locale.ENGLISH));
    }
}
