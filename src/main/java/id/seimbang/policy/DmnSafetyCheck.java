package id.seimbang.policy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.antlr.v4.runtime.tree.ParseTree;
import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.feel.lang.Type;
import org.kie.dmn.feel.lang.ast.ASTNode;
import org.kie.dmn.feel.lang.ast.BaseNode;
import org.kie.dmn.feel.lang.ast.FunctionDefNode;
import org.kie.dmn.feel.lang.ast.FunctionInvocationNode;
import org.kie.dmn.feel.lang.ast.IterationContextNode;
import org.kie.dmn.feel.lang.ast.NameRefNode;
import org.kie.dmn.feel.lang.ast.NumberNode;
import org.kie.dmn.feel.lang.ast.QualifiedNameNode;
import org.kie.dmn.feel.lang.ast.RangeNode;
import org.kie.dmn.feel.lang.impl.FEELEventListenersManager;
import org.kie.dmn.feel.lang.types.BuiltInType;
import org.kie.dmn.feel.lang.types.DefaultBuiltinFEELTypeRegistry;
import org.kie.dmn.feel.parser.feel11.ASTBuilderVisitor;
import org.kie.dmn.feel.parser.feel11.FEELParser;
import org.kie.dmn.feel.parser.feel11.FEEL_1_1Parser;
import org.kie.dmn.feel.runtime.events.SyntaxErrorEvent;
import org.kie.dmn.model.api.DMNElement;
import org.kie.dmn.model.api.DMNModelInstrumentedBase;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.FunctionDefinition;
import org.kie.dmn.model.api.FunctionKind;
import org.kie.dmn.model.api.Import;
import org.kie.dmn.model.api.ItemDefinition;
import org.kie.dmn.model.api.Iterator;
import org.kie.dmn.model.api.LiteralExpression;
import org.kie.dmn.model.api.NamedElement;
import org.kie.dmn.model.api.UnaryTests;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Every .dmn is parsed here, with DTDs and external entities off, before KIE's validator and runtime
 * builder parse it themselves: a file with a DOCTYPE (the carrier of XXE and entity-expansion attacks)
 * never reaches them. Then the file is read as the engine reads it — KIE's own DMN unmarshaller, and the
 * engine's own FEEL parser for every expression and unary test — and the model and each FEEL syntax tree are
 * walked. No text pattern decides: a comment or CDATA split ({@code exter<!-- -->nal}) or a FEEL comment
 * ({@code external /*c*&#47; {}) is joined or skipped by the parsers exactly as at run time.
 *
 * <p>Refused: function definitions of kind Java or PMML (a {@code functionDefinition} or a knowledge model's
 * {@code encapsulatedLogic}); FEEL {@code function(...) external {...}} in any spelling; imports of anything but
 * DMN models; FEEL that does not parse (the check could not see what it does); and iteration over a numeric
 * range ({@code for i in 1..n}, {@code some i in [0..n]}, a boxed iterator over a range) unless the range ends
 * at {@code count(...)} of a list, so that its length comes from the data. KIE DMN 10.2 has no configuration
 * option to switch off external Java functions, so this check is what keeps them out.
 */
public final class DmnSafetyCheck {

    private static final String FEEL_NAMESPACE_PREFIX = "https://www.omg.org/spec/DMN/";

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
        Definitions definitions;
        try {
            definitions = DMNMarshallerFactory.newDefaultMarshaller().unmarshal(new StringReader(file.normalizedContent()));
        } catch (RuntimeException e) {
            problems.add(PolicyProblem.error(file.path(), null, "Not a readable DMN model: " + e.getMessage()));
            return problems;
        }
        if (definitions == null) {
            problems.add(PolicyProblem.error(file.path(), null, "Not a readable DMN model"));
            return problems;
        }
        ModelWalk walk = new ModelWalk(file.path(), definitions, problems);
        walk.run();
        // Every FEEL text of the file must have been seen in the model: an element the walk does not know
        // would otherwise go unchecked.
        int texts = feelTextElements(document.getDocumentElement());
        if (texts > walk.feelTexts) {
            problems.add(PolicyProblem.error(file.path(), null, "The file holds " + texts + " FEEL texts but only "
                    + walk.feelTexts + " belong to elements this service can check; remove unsupported elements"));
        }
        return problems;
    }

    /** {@code <text>} elements outside annotations: the FEEL a model may evaluate. */
    private static int feelTextElements(Element element) {
        int count = 0;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                String name = e.getLocalName();
                if (List.of("annotationEntry", "textAnnotation", "description", "extensionElements").contains(name)) {
                    continue;
                }
                count += name.equals("text") ? 1 : feelTextElements(e);
            }
        }
        return count;
    }

    /** Walks the unmarshalled model: function kinds, imports, and the FEEL of every expression and unary test. */
    private static final class ModelWalk {
        private final String path;
        private final Definitions definitions;
        private final List<PolicyProblem> problems;
        private final Map<String, Type> names = new HashMap<>();
        private final Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private int feelTexts;

        ModelWalk(String path, Definitions definitions, List<PolicyProblem> problems) {
            this.path = path;
            this.definitions = definitions;
            this.problems = problems;
        }

        void run() {
            collectNames(definitions);
            for (Import imported : definitions.getImport()) {
                String type = imported.getImportType();
                if (type == null || !type.replace("http://", "https://").startsWith(FEEL_NAMESPACE_PREFIX)) {
                    refuse(imported, "Imports other than DMN models (e.g. PMML) are not allowed");
                }
            }
            visit(definitions);
        }

        /** Every name the model defines, so the FEEL parser reads names with spaces as the engine does. */
        private void collectNames(DMNModelInstrumentedBase element) {
            if (!seen.add(element)) {
                return;
            }
            if (element instanceof NamedElement named && named.getName() != null) {
                names.put(named.getName(), BuiltInType.UNKNOWN);
            }
            if (element instanceof Iterator iterator && iterator.getIteratorVariable() != null) {
                names.put(iterator.getIteratorVariable(), BuiltInType.UNKNOWN);
            }
            if (element instanceof ItemDefinition item) {
                item.getItemComponent().forEach(this::collectNames);
            }
            element.getChildren().forEach(this::collectNames);
        }

        private void visit(DMNModelInstrumentedBase root) {
            seen.clear();
            java.util.ArrayDeque<DMNModelInstrumentedBase> todo = new java.util.ArrayDeque<>(List.of(root));
            while (!todo.isEmpty()) {
                DMNModelInstrumentedBase element = todo.pop();
                if (!seen.add(element)) {
                    continue;
                }
                if (element instanceof FunctionDefinition function && function.getKind() != null
                        && function.getKind() != FunctionKind.FEEL) {
                    refuse(element, "Function kind=\"" + function.getKind().value() + "\" is not allowed; only FEEL functions "
                            + "may be defined");
                }
                if (element instanceof LiteralExpression literal) {
                    feelTexts++;
                    feel(element, literal.getText(), false);
                } else if (element instanceof UnaryTests tests) {
                    feelTexts++;
                    feel(element, tests.getText(), true);
                }
                if (element instanceof Iterator iterator && iterator.getIn() != null
                        && iterator.getIn().getExpression() instanceof LiteralExpression in
                        && parse(in.getText(), false) instanceof RangeNode range && !boundedByData(range)) {
                    refuse(element, RANGE_MESSAGE);
                }
                if (element instanceof ItemDefinition item) {
                    todo.addAll(item.getItemComponent());
                }
                todo.addAll(element.getChildren());
            }
        }

        private void feel(DMNModelInstrumentedBase element, String text, boolean unaryTests) {
            if (text == null || text.isBlank()) {
                return;
            }
            List<String> errors = new ArrayList<>();
            BaseNode ast = parse(text, unaryTests, errors);
            if (ast == null || !errors.isEmpty()) {
                refuse(element, "FEEL does not parse" + (errors.isEmpty() ? "" : ": " + errors.get(0)));
                return;
            }
            java.util.ArrayDeque<ASTNode> nodes = new java.util.ArrayDeque<>(List.of(ast));
            while (!nodes.isEmpty()) {
                ASTNode node = nodes.pop();
                if (node instanceof FunctionDefNode function && function.isExternal()) {
                    refuse(element, "External (Java) functions in FEEL ('function(...) external {...}') are not allowed");
                }
                if (node instanceof IterationContextNode iteration && !boundedIteration(iteration)) {
                    refuse(element, RANGE_MESSAGE);
                }
                ASTNode[] children = node.getChildrenNode();
                if (children != null) {
                    for (ASTNode child : children) {
                        if (child != null) {
                            nodes.push(child);
                        }
                    }
                }
            }
        }

        private BaseNode parse(String text, boolean unaryTests) {
            return parse(text, unaryTests, new ArrayList<>());
        }

        /** The engine's own parser and AST builder, as the DMN compiler calls them. */
        private BaseNode parse(String text, boolean unaryTests, List<String> errors) {
            FEELEventListenersManager events = new FEELEventListenersManager();
            events.addListener(event -> {
                // Unknown names are the validator's business; a syntax error means the tree may not be what runs.
                if (event instanceof SyntaxErrorEvent) {
                    errors.add(event.getMessage());
                }
            });
            try {
                FEEL_1_1Parser parser = FEELParser.parse(events, text, names, Map.of(), List.of(), List.of(),
                        DefaultBuiltinFEELTypeRegistry.INSTANCE);
                ParseTree tree = unaryTests ? parser.unaryTestsRoot() : parser.compilation_unit();
                return new ASTBuilderVisitor(names, DefaultBuiltinFEELTypeRegistry.INSTANCE).visit(tree);
            } catch (RuntimeException e) {
                errors.add(String.valueOf(e.getMessage()));
                return null;
            }
        }

        private void refuse(Object element, String message) {
            String where = element instanceof NamedElement named && named.getName() != null ? named.getName()
                    : element instanceof DMNElement dmn && dmn.getId() != null ? dmn.getId() : null;
            DMNModelInstrumentedBase parent = element instanceof DMNModelInstrumentedBase b ? b.getParent() : null;
            while (where == null && parent != null) {
                where = parent instanceof NamedElement named ? named.getName() : null;
                parent = parent.getParent();
            }
            problems.add(PolicyProblem.error(path, null, (where == null ? "" : where + ": ") + message));
        }
    }

    private static final String RANGE_MESSAGE = "FEEL iteration over a numeric range ('for i in 1..n', "
            + "'some i in [1..n]') is only allowed up to count(...) of a list; iterate over a list instead";

    /** 'for i in list' is bounded by the list; 'for i in a..b' and 'for i in [a..b]' only when b is count(list). */
    private static boolean boundedIteration(IterationContextNode iteration) {
        if (iteration.getRangeEndExpr() != null) {
            return isCountOfData(iteration.getRangeEndExpr()) && isNumber(iteration.getExpression());
        }
        return !(iteration.getExpression() instanceof RangeNode range) || boundedByData(range);
    }

    private static boolean boundedByData(RangeNode range) {
        return isNumber(range.getStart()) && isCountOfData(range.getEnd());
    }

    private static boolean isNumber(BaseNode node) {
        return node instanceof NumberNode;
    }

    private static boolean isCountOfData(BaseNode node) {
        return node instanceof FunctionInvocationNode call && call.getName() != null
                && "count".equals(call.getName().getText()) && call.getParams() != null
                && call.getParams().getElements().size() == 1
                && (call.getParams().getElements().get(0) instanceof NameRefNode
                        || call.getParams().getElements().get(0) instanceof QualifiedNameNode);
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
