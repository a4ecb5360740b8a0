package id.seimbang.authoring.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilder;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import id.seimbang.policy.DmnSafetyCheck;
import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;

/**
 * Refuses content that can never be a policy file: text that is not UTF-8, a .dmn that is not well-formed
 * XML with a {@code definitions} root, a .properties file with broken escapes. Whether the model compiles
 * is a later, separate validation. XML is parsed without DOCTYPEs or external entities (no XXE).
 */
final class PolicyFileContentCheck {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private PolicyFileContentCheck() {
    }

    /** The content as text, or an {@link DomainException} naming the file (and line:column for XML). */
    static String check(PolicyFilePath path, byte[] body) {
        if (body.length == 0) {
            throw invalid(path.value(), "Isi berkas kosong", "File content is empty");
        }
        if (body.length > MAX_BYTES) {
            throw new DomainException(DomainException.Kind.TOO_LARGE, Bilingual.of("Berkas terlalu besar", "File too large"),
                    List.of(new FieldProblem(path.value(), "Ukuran melebihi " + MAX_BYTES + " byte",
                            "Size exceeds " + MAX_BYTES + " bytes")));
        }
        String text = utf8(path, body);
        switch (path.kind()) {
            case DMN -> checkDmnXml(path, body);
            case PROPERTIES -> checkProperties(path, text);
            case DRL -> { } // compiled by the policy validation, which reports file and line
        }
        return text;
    }

    private static String utf8(PolicyFilePath path, byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw invalid(path.value(), "Isi berkas bukan teks UTF-8", "File content is not UTF-8 text");
        }
    }

    private static void checkDmnXml(PolicyFilePath path, byte[] body) {
        Document document;
        try {
            // refuses any DOCTYPE and reports errors as exceptions (the handler is set there)
            DocumentBuilder builder = DmnSafetyCheck.secureBuilder();
            document = builder.parse(new ByteArrayInputStream(body));
        } catch (SAXParseException e) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, invalidTitle(), List.of(new FieldProblem(
                    path.value() + ":" + e.getLineNumber() + ":" + e.getColumnNumber(),
                    "XML tidak valid: " + e.getMessage(), "Malformed XML: " + e.getMessage())));
        } catch (SAXException | IOException e) {
            throw invalid(path.value(), "XML tidak dapat dibaca: " + e.getMessage(), "Unreadable XML: " + e.getMessage());
        }
        String root = document.getDocumentElement().getLocalName();
        if (!"definitions".equals(root)) {
            throw invalid(path.value(), "Elemen akar DMN harus 'definitions', bukan '" + root + "'",
                    "The DMN root element must be 'definitions', not '" + root + "'");
        }
    }


    private static void checkProperties(PolicyFilePath path, String text) {
        try {
            new Properties().load(new StringReader(text));
        } catch (IllegalArgumentException | IOException e) {
            throw invalid(path.value(), "Berkas properties tidak valid: " + e.getMessage(),
                    "Invalid properties file: " + e.getMessage());
        }
    }

    private static DomainException invalid(String field, String id, String en) {
        return new DomainException(DomainException.Kind.INVALID_INPUT, invalidTitle(), List.of(new FieldProblem(field, id, en)));
    }

    private static Bilingual invalidTitle() {
        return Bilingual.of("Isi berkas kebijakan tidak valid", "Invalid policy file content");
    }
}
