package id.seimbang.policy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Every .dmn is parsed here, with DTDs and external entities off, before KIE's validator and runtime
 * builder parse it themselves: a file with a DOCTYPE (the carrier of XXE and entity-expansion attacks)
 * never reaches them. Also refused: functions implemented in Java or PMML ({@code kind="Java"} on a
 * {@code functionDefinition} or {@code encapsulatedLogic} or {@code function(...) external {java: ...}}), which would let a table call any class.
 */
public final class DmnSafetyCheck {

    private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\s*\\{");
    /**
     * FEEL iteration over a numeric range ({@code for i in 1..100000000 return ...}): the one way a table can
     * make the engine work for minutes. Lists (the {@code some k in Kompetensi satisfies ...} of the shipped
     * tables) stay allowed: their size is the input's.
     */
    private static final Pattern RANGE_ITERATION = Pattern.compile(
            "\\b(?:for|some|every)\\b[^\\n]*?\\bin\\s*\\(?\\s*[-+]?[\\w.]+\\s*\\.\\.");

    private DmnSafetyCheck() {
    }

    /** Every problem of one .dmn file; empty when KIE may read it. Messages never quote the file. */
    public static List<PolicyProblem> check(PolicyFile file) {
        List<PolicyProblem> problems = new ArrayList<>();
        Document document;
        try {
            document = secureBuilder().parse(new InputSource(new StringReader(file.normalizedContent())));
        } catch (SAXParseException e) {
            String reason = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "DOCTYPE declarations are not allowed in DMN files (no DTDs, no entities)"
                    : "Malformed XML: " + e.getMessage();
            problems.add(new PolicyProblem(file.path(), e.getLineNumber() > 0 ? e.getLineNumber() : null,
                    e.getColumnNumber() > 0 ? e.getColumnNumber() : null, "ERROR", reason));
            return problems;
        } catch (SAXException | IOException e) {
            problems.add(PolicyProblem.error(file.path(), null, "Unreadable XML: " + e.getMessage()));
            return problems;
        }
        // A function definition is a <functionDefinition> or a knowledge model's <encapsulatedLogic>.
        for (String element : List.of("functionDefinition", "encapsulatedLogic")) {
            NodeList functions = document.getElementsByTagNameNS("*", element);
            for (int i = 0; i < functions.getLength(); i++) {
                String kind = ((Element) functions.item(i)).getAttribute("kind");
                if (!kind.isEmpty() && !kind.equals("FEEL")) {
                    problems.add(PolicyProblem.error(file.path(), null, element + " kind=\"" + kind
                            + "\" is not allowed; only FEEL functions may be defined"));
                }
            }
        }
        if (anyText(document.getDocumentElement(), EXTERNAL_FUNCTION)) {
            problems.add(PolicyProblem.error(file.path(), null,
                    "External (Java) functions in FEEL ('function(...) external {...}') are not allowed"));
        }
        if (anyText(document.getDocumentElement(), RANGE_ITERATION)) {
            problems.add(PolicyProblem.error(file.path(), null, "FEEL iteration over a numeric range "
                    + "('for i in 1..n', 'some i in 1..n') is not allowed; iterate over a list instead"));
        }
        return problems;
    }

    private static boolean anyText(Node node, Pattern pattern) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            return pattern.matcher(node.getNodeValue()).find();
        }
        // Row annotations and descriptions are prose for people; FEEL never evaluates them.
        if (node.getNodeType() == Node.ELEMENT_NODE
                && List.of("annotationEntry", "description").contains(node.getLocalName())) {
            return false;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (anyText(child, pattern)) {
                return true;
            }
        }
        return false;
    }

    /** A namespace-aware DOM parser that refuses any DOCTYPE and resolves nothing external. */
    public static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            // Nothing is ever fetched, even if a parser ignored the features above.
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not allowed");
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks secure-processing features", e);
        }
    }
}
