package id.seimbang.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * DRL is Java code that runs inside the service, so every .drl is checked before Drools sees it. A
 * policy file may only use the fact model and a few approved helpers; it may not reach the JVM, the
 * file system, the network, threads or reflection. The check reads the text (comments and string
 * literals blanked, so messages may say anything) and reports every finding with file and line.
 *
 * <p>Allowed: imports and {@code global}s of {@code id.seimbang.eligibility.*}, records and enums of
 * {@code id.seimbang.workforce} (named one by one), {@code id.seimbang.policy.PolicyParameters},
 * {@code id.seimbang.system.Bilingual}, {@code java.time.*}, {@code java.math} numbers and the
 * {@code java.util} collections. Refused: the MVEL dialect (its property syntax reaches
 * {@code .class} and anything else without a type check, so only the type-checked Java dialect is
 * allowed); loops other than for-each over a collection (a {@code while(true)} cannot be stopped
 * from outside, a for-each ends with its collection); timers; and the names listed in {@link #FORBIDDEN}.
 * Rules that re-fire each other for ever are stopped by the evaluation's fire limit instead.
 */
final class DrlSafetyCheck {

    static final Set<String> FORBIDDEN = Set.of(
            // the JVM and processes
            "System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle", "exit", "halt", "exec", "getRuntime",
            "SecurityManager", "Shutdown",
            // reflection and class loading
            "class", "Class", "ClassLoader", "forName", "getClass", "loadClass", "defineClass", "getClassLoader",
            "newInstance", "getDeclaredMethod", "getDeclaredMethods", "getMethod", "getMethods", "getDeclaredField",
            "getField", "setAccessible", "invoke", "MethodHandles", "MethodHandle", "Unsafe", "reflect", "Proxy",
            "ServiceLoader", "ScriptEngine", "ScriptEngineManager", "InitialContext", "ObjectInputStream",
            // threads
            "Thread", "ThreadGroup", "ThreadLocal", "Executor", "Executors", "ExecutorService", "ForkJoinPool",
            "CompletableFuture", "Timer", "TimerTask", "concurrent", "wait", "notify", "notifyAll",
            // files and network
            "File", "Files", "Path", "Paths", "FileSystem", "FileSystems", "FileInputStream", "FileOutputStream",
            "FileReader", "FileWriter", "RandomAccessFile", "PrintWriter", "InputStream", "OutputStream", "nio",
            "URL", "URI", "URLConnection", "HttpURLConnection", "HttpClient", "Socket", "ServerSocket",
            "DatagramSocket", "InetAddress", "net",
            // the engine's own machinery behind the rule context
            "kcontext", "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getKieBase", "getEntryPoint",
            "getEntryPoints", "getChannels", "getKieSession", "getSessionClock", "timer", "calendars");

    private static final Set<String> JAVA_UTIL = Set.of("List", "ArrayList", "LinkedList", "Set", "HashSet",
            "LinkedHashSet", "TreeSet", "SortedSet", "Map", "HashMap", "LinkedHashMap", "TreeMap", "SortedMap",
            "Collection", "Collections", "Arrays", "Optional", "OptionalInt", "OptionalLong", "OptionalDouble",
            "Objects", "Comparator", "Locale", "Iterator", "Deque", "ArrayDeque", "Queue", "EnumSet", "EnumMap",
            "StringJoiner", "NavigableMap", "NavigableSet");
    private static final Set<String> JAVA_LANG = Set.of("Math", "String", "StringBuilder", "Integer", "Long",
            "Double", "Float", "Short", "Byte", "Boolean", "Character", "Number", "Object", "Comparable",
            "CharSequence", "Enum", "Iterable");
    private static final Set<String> APPROVED = Set.of("id.seimbang.policy.PolicyParameters",
            "id.seimbang.system.Bilingual");
    private static final Set<String> ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io", "id",
            "jakarta", "kotlin", "groovy", "scala", "mvel", "mvel2");

    private static final Pattern IMPORT = Pattern.compile(
            "(?m)^\\s*import\\s+(?:(static|function|accumulate)\\s+)?([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[\\w$*]+)*)");
    private static final Pattern GLOBAL = Pattern.compile("(?m)^\\s*global\\s+([\\w$.]+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w$.]+)");
    private static final Pattern DIALECT = Pattern.compile("\\bdialect\\s*([\"'])\\s*(\\w+)\\s*\\1");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Pattern DOT_CLASS = Pattern.compile("\\.\\s*class\\b");
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w$.])([a-z_][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)+)");
    private static final Pattern LOOP = Pattern.compile("\\b(while|do)\\b|\\bfor\\s*\\(");

    private DrlSafetyCheck() {
    }

    /** Every problem of one .drl file; empty when it may be compiled. */
    public static List<PolicyProblem> check(PolicyFile file) {
        String text = file.normalizedContent();
        String noComments = blank(text, false);
        String code = blank(text, true);
        List<PolicyProblem> problems = new ArrayList<>();
        Finder find = (offset, message) -> problems.add(PolicyProblem.error(file.path(), line(text, offset), message));

        // Whole lines that name types: checked as a whole, then left out of the name scan below.
        StringBuilder scan = new StringBuilder(code);
        Matcher pkg = PACKAGE.matcher(code);
        if (pkg.find()) {
            String name = pkg.group(1);
            if (isCodePackage(name)) {
                find.at(pkg.start(1), "Package '" + name + "' is reserved; use your own, e.g. 'rules'");
            }
            blankOut(scan, pkg.start(), pkg.end());
        }
        Matcher imp = IMPORT.matcher(code);
        while (imp.find()) {
            String kind = imp.group(1);
            String name = imp.group(2).replaceAll("\\s", "");
            String type = "static".equals(kind) || "function".equals(kind)
                    ? name.substring(0, Math.max(0, name.lastIndexOf('.'))) : name;
            if (!allowedImport(type)) {
                find.at(imp.start(2), "Import of '" + name + "' is not allowed; policy files may use the fact model "
                        + "(id.seimbang.eligibility, id.seimbang.workforce records and enums), PolicyParameters, "
                        + "Bilingual, java.time and java.util collections");
            }
            blankOut(scan, imp.start(), imp.end());
        }
        Matcher global = GLOBAL.matcher(code);
        while (global.find()) {
            if (!allowedType(global.group(1))) {
                find.at(global.start(1), "Global of type '" + global.group(1) + "' is not allowed");
            }
            blankOut(scan, global.start(1), global.end(1));
        }
        Matcher dialect = DIALECT.matcher(noComments);
        while (dialect.find()) {
            if (!"java".equals(dialect.group(2))) {
                find.at(dialect.start(), "dialect \"" + dialect.group(2) + "\" is not allowed; only the type-checked "
                        + "java dialect (the default) may be used");
            }
        }
        String rest = scan.toString();
        Matcher dotClass = DOT_CLASS.matcher(rest);
        while (dotClass.find()) {
            find.at(dotClass.start(), "'.class' (reflection) is not allowed");
        }
        Matcher qualified = QUALIFIED.matcher(rest);
        while (qualified.find()) {
            String chain = qualified.group(1).replaceAll("\\s", "");
            String root = chain.substring(0, chain.indexOf('.'));
            String type = typeOf(chain);
            boolean namesClass = !type.equals(chain) || Character.isUpperCase(chain.charAt(chain.lastIndexOf('.') + 1));
            // A chain without a class name may be a variable's fields; only JDK package roots are sure.
            boolean suspect = namesClass ? ROOTS.contains(root) : Set.of("java", "javax", "jdk", "sun").contains(root);
            if (suspect && !allowedType(type)) {
                find.at(qualified.start(1), "Reference to '" + type + "' is not allowed in a policy file");
            }
        }
        Matcher id = IDENTIFIER.matcher(rest);
        while (id.find()) {
            if (FORBIDDEN.contains(id.group())) {
                find.at(id.start(), "'" + id.group() + "' is not allowed in a policy file (no JVM, reflection, "
                        + "threads, files or network)");
            }
        }
        problems.addAll(checkParsed(file));
        Matcher loop = LOOP.matcher(rest);
        while (loop.find()) {
            if (loop.group(1) != null || isCountingFor(rest, loop.end())) {
                find.at(loop.start(), "Only for-each loops over a collection are allowed (no while, do or for(;;)), "
                        + "so that no rule can run for ever");
            }
        }
        return problems;
    }

    /** Rule attributes whose value is a plain literal; the others (enabled, timer, duration, calendars) run code. */
    private static final Set<String> LITERAL_ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active",
            "auto-focus", "agenda-group", "activation-group", "ruleflow-group", "date-effective", "date-expires",
            "dialect");
    private static final Pattern LITERAL = Pattern.compile(
            "\"(?:[^\"\\\\\n]|\\\\[btnfr\"'\\\\])*\"|-?\\d{1,9}|true|false");

    /**
     * What Drools' own DRL parser reads: the build evaluates rule annotation values (@id, @regulation…) and some
     * attributes as expressions while it verifies the rules, before any class exists for the bytecode check, so
     * each must be one literal. Type, enum, window and entry-point declarations are refused: policies work on
     * the fact model, and declarations bring their own evaluated annotations and initialisers.
     */
    static List<PolicyProblem> checkParsed(PolicyFile file) {
        List<PolicyProblem> problems = new ArrayList<>();
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, file.normalizedContent());
        } catch (DroolsParserException | RuntimeException e) {
            return List.of(PolicyProblem.error(file.path(), null, "The DRL cannot be parsed: " + e.getMessage()));
        }
        if (pkg == null) {
            return List.of(); // syntax errors: the build reports them with their lines
        }
        if (!pkg.getTypeDeclarations().isEmpty() || !pkg.getEnumDeclarations().isEmpty()
                || !pkg.getWindowDeclarations().isEmpty() || !pkg.getEntryPointDeclarations().isEmpty()) {
            problems.add(PolicyProblem.error(file.path(), null, "'declare' (types, enums, windows, entry points) "
                    + "is not allowed; policy files use the fact model"));
        }
        for (AttributeDescr attribute : pkg.getAttributes()) {
            checkAttribute(file, attribute, null, problems);
        }
        for (RuleDescr rule : pkg.getRules()) {
            Integer line = rule.getLine() > 0 ? rule.getLine() : null;
            for (AnnotationDescr annotation : rule.getAnnotations()) {
                for (Object value : annotation.getValueMap().values()) {
                    if (value == null || !LITERAL.matcher(value.toString().strip()).matches()) {
                        problems.add(PolicyProblem.error(file.path(), line, "Rule '" + rule.getName() + "': @"
                                + annotation.getName() + " must be a plain literal such as \"text\" (it is evaluated "
                                + "while the policy is built)"));
                    }
                }
            }
            for (AttributeDescr attribute : rule.getAttributes().values()) {
                checkAttribute(file, attribute, rule, problems);
            }
        }
        return problems;
    }

    private static void checkAttribute(PolicyFile file, AttributeDescr attribute, RuleDescr rule,
            List<PolicyProblem> problems) {
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        boolean literal = switch (attribute.getName()) {
            case "salience" -> value.matches("-?\\d{1,9}");
            case "no-loop", "lock-on-active", "auto-focus" -> value.isEmpty() || value.matches("true|false");
            // string attributes arrive unquoted; they are names and dates, never evaluated
            default -> LITERAL.matcher(value).matches() || LITERAL.matcher("\"" + value + "\"").matches();
        };
        if (!LITERAL_ATTRIBUTES.contains(attribute.getName()) || !literal) {
            Integer line = rule != null && rule.getLine() > 0 ? rule.getLine() : null;
            problems.add(PolicyProblem.error(file.path(), line, (rule == null ? "Package" : "Rule '" + rule.getName()
                    + "'") + ": attribute '" + attribute.getName() + "' is not allowed here; allowed are "
                    + new java.util.TreeSet<>(LITERAL_ATTRIBUTES) + " with literal values"));
        }
    }

    private interface Finder {
        void at(int offset, String message);
    }

    /** A name is allowed when it is an approved type, or a package wildcard of the fact model. */
    static boolean allowedImport(String name) {
        return name.equals("id.seimbang.eligibility.*") || name.equals("java.time.*") || allowedType(name);
    }

    static boolean allowedType(String name) {
        if (name.startsWith("java.time.") && !name.endsWith("*")) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return true; // a simple name resolves through the checked imports (or java.lang, scanned by name)
        }
        String pkg = name.substring(0, dot);
        String simple = name.substring(dot + 1);
        return switch (pkg) {
            case "java.util" -> JAVA_UTIL.contains(simple);
            case "java.lang" -> JAVA_LANG.contains(simple);
            case "java.math" -> Set.of("BigDecimal", "BigInteger", "RoundingMode").contains(simple);
            case "id.seimbang.eligibility" -> !simple.equals("*") && isTopLevelClass(name);
            case "id.seimbang.workforce" -> isValueType(name);
            default -> APPROVED.contains(name);
        };
    }

    /** Records and enums of the workforce module are facts; its services and repositories are not. */
    private static boolean isValueType(String name) {
        try {
            Class<?> type = Class.forName(name, false, DrlSafetyCheck.class.getClassLoader());
            return type.isRecord() || type.isEnum();
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean isTopLevelClass(String name) {
        try {
            Class.forName(name, false, DrlSafetyCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The type a qualified chain names: up to its first capitalised segment ("java.util.List.of" -> List). */
    private static String typeOf(String chain) {
        String[] parts = chain.split("\\.");
        StringBuilder type = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            type.append('.').append(parts[i]);
            if (Character.isUpperCase(parts[i].charAt(0))) {
                return type.toString();
            }
        }
        return chain; // no class named: a package reference (e.g. java.lang.reflect)
    }

    /** Rules compile into classes of their package: a service package would open its package-private code. */
    private static boolean isCodePackage(String name) {
        String root = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (ROOTS.contains(root) && !root.equals("id")) {
            return true;
        }
        String[] parts = name.split("\\.");
        return parts.length >= 2 && parts[0].equals("id") && parts[1].equals("seimbang")
                && (parts.length == 2 || DrlSafetyCheck.class.getClassLoader()
                        .getResource("id/seimbang/" + parts[2] + "/") != null);
    }

    private static boolean isCountingFor(String code, int afterParen) {
        int depth = 1;
        for (int i = afterParen; i < code.length() && depth > 0; i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ';' && depth == 1) {
                return true;
            }
        }
        return false;
    }

    /** The text with comments (and, if asked, the insides of string and char literals) as spaces, lines kept. */
    static String blank(String text, boolean strings) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '/' && next == '/' || c == '#' && isLineStart(text, i)) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                blankOut(out, i, end);
                i = end;
            } else if (c == '/' && next == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                blankOut(out, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end, text.length());
                if (strings) {
                    blankOut(out, i + 1, end);
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isLineStart(String text, int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    private static void blankOut(StringBuilder text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            if (text.charAt(i) != '\n') {
                text.setCharAt(i, ' ');
            }
        }
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
