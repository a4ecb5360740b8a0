package id.seimbang.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The guarantee behind {@link DrlSafetyCheck}: after Drools compiled a DRL set (executable model, so every
 * constraint, consequence and function is Java bytecode and nothing is interpreted later), every class the build
 * generated is read, and every method call, field access, {@code new}, cast, class constant, method handle and
 * invokedynamic it contains must be on the allowlist below. The source check can be fooled by the compiler's own
 * reading of the text (text blocks, unicode escapes); the bytecode is what will run.
 *
 * <p>Allowlist: the eligibility facts and their message helpers; records and enums of the workforce module;
 * {@code PolicyParameters}, {@code Bilingual}; {@code java.time}; {@code java.math} numbers; {@code String},
 * {@code StringBuilder}, {@code Math}, boxed numbers (not their system-property readers), the basics of
 * {@code Object} and {@code Enum}; named {@code java.util} collections, {@code java.util.function} and sequential
 * {@code java.util.stream}; and the members Drools' executable model itself emits to build rules (its pattern DSL,
 * lambdas' interfaces, comparison helpers, the project model). Lambdas and string concatenation are the only
 * invokedynamic bootstraps. Everything else — {@code Class}, {@code System}, {@code Runtime}, threads, files,
 * network, reflection, method handles, the rule context's engine access — is refused.
 */
final class DrlBytecodeCheck {

    /** One refused reference: the generated class and method it is in, the rule it belongs to, what it uses. */
    public record Finding(String generatedClass, String method, String rule, String member) {
    }

    /** Whole classes whose every member may be used (internal names; a trailing '/' means the package). */
    private static final Set<String> CLASSES = Set.of(
            "java/time/",
            "java/lang/String", "java/lang/StringBuilder", "java/lang/CharSequence", "java/lang/Math",
            "java/lang/StrictMath", "java/lang/Number", "java/lang/Integer", "java/lang/Long", "java/lang/Double",
            "java/lang/Float", "java/lang/Short", "java/lang/Byte", "java/lang/Boolean", "java/lang/Character",
            "java/lang/Comparable", "java/lang/Iterable",
            "java/math/BigDecimal", "java/math/BigInteger", "java/math/RoundingMode", "java/math/MathContext",
            "java/util/List", "java/util/ArrayList", "java/util/LinkedList", "java/util/Set", "java/util/HashSet",
            "java/util/LinkedHashSet", "java/util/TreeSet", "java/util/SortedSet", "java/util/NavigableSet",
            "java/util/Map", "java/util/Map$Entry", "java/util/HashMap", "java/util/LinkedHashMap",
            "java/util/TreeMap", "java/util/SortedMap", "java/util/NavigableMap", "java/util/Collection",
            "java/util/Collections", "java/util/Arrays", "java/util/Optional", "java/util/OptionalInt",
            "java/util/OptionalLong", "java/util/OptionalDouble", "java/util/Objects", "java/util/Comparator",
            "java/util/Locale", "java/util/Iterator", "java/util/ListIterator", "java/util/Deque",
            "java/util/ArrayDeque", "java/util/Queue", "java/util/EnumSet", "java/util/EnumMap",
            "java/util/StringJoiner", "java/util/function/", "java/util/stream/",
            // the project's facts and message helpers
            "id/seimbang/eligibility/EmployeeFacts", "id/seimbang/eligibility/MoveFacts",
            "id/seimbang/eligibility/SkpYear", "id/seimbang/eligibility/Durations",
            "id/seimbang/eligibility/CalendarMonths", "id/seimbang/eligibility/Severity",
            // the temporary-assignment facts (issue 20 point 2, rules/temporary-assignment.drl)
            "id/seimbang/eligibility/TemporaryFacts",
            "id/seimbang/policy/PolicyParameters", "id/seimbang/system/Bilingual",
            // what Drools' executable model generates to build the rules
            "org/drools/modelcompiler/dsl/pattern/D", "org/drools/model/PatternDSL$PatternDef", "org/drools/model/view/",
            "org/drools/model/impl/RuleBuilder", "org/drools/model/functions/", "org/drools/model/operators/",
            "org/drools/model/Index$ConstraintType", "org/drools/model/DomainClassMetadata",
            "org/drools/model/BitMask", "org/drools/model/bitmask/", "org/drools/modelcompiler/util/EvaluationUtil",
            "org/kie/api/builder/model/KieBaseModel", "org/kie/api/builder/model/KieModuleModel",
            "org/kie/api/builder/model/KieSessionModel", "org/kie/api/builder/model/KieSessionModel$KieSessionType",
            "org/kie/api/conf/EventProcessingOption", "org/kie/api/conf/KieBaseMutabilityOption");

    /** Single members (owner.name) of classes that are otherwise refused. */
    private static final Set<String> MEMBERS = Set.of(
            "java/lang/Object.<init>", "java/lang/Object.equals", "java/lang/Object.hashCode",
            "java/lang/Object.toString",
            "java/lang/Enum.<init>", "java/lang/Enum.valueOf", "java/lang/Enum.name", "java/lang/Enum.ordinal",
            "java/lang/Enum.compareTo", "java/lang/Enum.equals", "java/lang/Enum.hashCode", "java/lang/Enum.toString",
            // ECJ's enum values() and enum switch tables
            "java/lang/System.arraycopy", "java/lang/NoSuchFieldError.<init>",
            "java/lang/RuntimeException.<init>", "java/lang/IllegalArgumentException.<init>",
            "java/lang/IllegalStateException.<init>", "java/lang/UnsupportedOperationException.<init>",
            "id/seimbang/eligibility/Outcomes.employee", "id/seimbang/eligibility/Outcomes.move",
            // working memory only (a self-triggering rule is stopped by the evaluation's fire limit)
            "org/drools/model/Drools.insert", "org/drools/model/Drools.update", "org/drools/model/Drools.delete",
            "org/drools/model/Drools.logicalInsert",
            "org/drools/model/functions/PredicateInformation.<init>",
            "org/drools/model/consequences/ConsequenceBuilder$_0.execute",
            "org/drools/model/consequences/ConsequenceBuilder$_1.execute",
            "org/drools/model/consequences/ConsequenceBuilder$_2.execute",
            "org/drools/model/consequences/ConsequenceBuilder$_3.execute",
            "org/drools/model/consequences/ConsequenceBuilder$_4.execute",
            "org/drools/model/consequences/ConsequenceBuilder$_5.execute",
            "org/drools/model/consequences/ConsequenceBuilder$_6.execute",
            "org/drools/model/consequences/ConsequenceBuilder$_7.execute",
            "org/drools/model/consequences/ConsequenceBuilder$_8.execute",
            "org/drools/model/consequences/ConsequenceBuilder$_9.execute",
            "org/drools/util/DateUtils.getDateFormatMask",
            "org/kie/api/KieServices.get", "org/kie/api/KieServices.newKieModuleModel",
            "org/kie/api/runtime/conf/ClockTypeOption.get", "org/kie/util/maven/support/ReleaseIdImpl.<init>");

    /** Members of allowed classes that still reach outside: system properties, the common thread pool. */
    private static final Set<String> REFUSED_MEMBERS = Set.of("java/lang/Integer.getInteger",
            "java/lang/Long.getLong", "java/lang/Boolean.getBoolean", "java/util/Collection.parallelStream",
            "java/util/List.parallelStream", "java/util/Set.parallelStream", "java/util/stream/BaseStream.parallel",
            "java/util/stream/Stream.parallel", "java/util/stream/IntStream.parallel",
            "java/util/stream/LongStream.parallel", "java/util/stream/DoubleStream.parallel",
            "java/util/stream/StreamSupport.stream", "java/util/Collections.synchronizedList",
            "java/util/Locale.setDefault", "java/time/Clock.offset");

    /** Types that may only be named (cast, array, class constant), their members stay refused. */
    private static final Set<String> NAMED_TYPES = Set.of("java/lang/Object", "id/seimbang/eligibility/Outcomes",
            "org/drools/model/Drools", "org/drools/model/Model", "org/drools/model/Rule",
            "org/drools/model/RuleItem", "org/drools/model/RuleItemBuilder", "org/drools/model/Variable",
            "org/drools/model/Declaration", "org/drools/model/Global");

    /** Types a generated class may extend or implement. */
    private static final Set<String> SUPERTYPES = Set.of("java/lang/Object", "java/lang/Enum",
            "org/drools/model/functions/", "org/drools/model/DomainClassMetadata", "org/drools/model/Model",
            "org/drools/modelcompiler/CanonicalKieModuleModel");

    private static final Set<String> BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory", "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/invoke/StringConcatFactory.makeConcat");

    private static final Pattern RULE_NAME_QUOTED = Pattern.compile("(?m)^\\s*rule\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*')");

    private DrlBytecodeCheck() {
    }

    /**
     * Every refused reference in the generated classes (internal name → bytes), as problems naming the DRL file
     * and rule (found from the rule-building method that uses the class), the generated method and the member.
     */
    public static List<PolicyProblem> check(Map<String, byte[]> classes, List<PolicyFile> drlFiles) {
        List<Finding> findings = findings(classes);
        List<PolicyProblem> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Finding f : findings) {
            Location where = locate(f, drlFiles);
            String key = where.file + "|" + f.rule() + "|" + f.member();
            if (!seen.add(key)) {
                continue;
            }
            String rule = f.rule() != null ? "rule '" + f.rule() + "'"
                    : "function or declaration (" + simpleName(f.generatedClass()) + "." + f.method() + ")";
            problems.add(PolicyProblem.error(where.file, where.line, "The compiled " + rule + " uses "
                    + readable(f.member()) + ", which policy files may not call (allowed: the fact model, "
                    + "PolicyParameters, Bilingual, java.time, java.math, String/Math/boxed numbers, "
                    + "java.util collections and streams)"));
        }
        return problems;
    }

    /** The refused references, without locating them in the DRL (for tests and the check above). */
    static List<Finding> findings(Map<String, byte[]> classes) {
        Set<String> generated = new LinkedHashSet<>();
        Map<String, ClassReader> readers = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            ClassReader reader = new ClassReader(e.getValue());
            generated.add(reader.getClassName());
            readers.put(reader.getClassName(), reader);
        }
        Map<String, String> ruleOf = ruleOfClass(readers.values());
        Map<String, Declared> declared = new HashMap<>();
        for (ClassReader reader : readers.values()) {
            Declared d = new Declared(reader.getSuperName(), List.of(reader.getInterfaces()), new java.util.HashSet<>());
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    d.members().add(name);
                    return null;
                }

                @Override
                public org.objectweb.asm.FieldVisitor visitField(int access, String name, String descriptor,
                        String signature, Object value) {
                    d.members().add(name);
                    return null;
                }
            }, ClassReader.SKIP_CODE);
            declared.put(reader.getClassName(), d);
        }
        List<Finding> findings = new ArrayList<>();
        for (ClassReader reader : readers.values()) {
            reader.accept(new Inspector(reader.getClassName(), generated, declared, ruleOf, findings),
                    ClassReader.SKIP_FRAMES);
        }
        return findings;
    }

    /** What a generated class declares itself, and what it inherits from. */
    private record Declared(String superName, List<String> interfaces, Set<String> members) {
    }

    /**
     * A member named on a generated class but declared by none of its generated supertypes is inherited from a
     * library type ({@code this.getClass()} in a consequence names the lambda class, not Object): null when that
     * is allowed, else the library member to refuse.
     */
    private static String inheritedRefusal(String owner, String name, Map<String, Declared> declared) {
        List<String> libraryTypes = new ArrayList<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(owner));
        Set<String> visited = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            String type = todo.pop();
            if (!visited.add(type)) {
                continue;
            }
            Declared d = declared.get(type);
            if (d == null) {
                libraryTypes.add(type);
                continue;
            }
            if (d.members().contains(name)) {
                return null;
            }
            if (d.superName() != null) {
                todo.add(d.superName());
            }
            todo.addAll(d.interfaces());
        }
        List<String> declaring = new ArrayList<>();
        for (String type : libraryTypes) {
            declaring.addAll(declaringTypes(type, name));
        }
        for (String type : declaring) {
            if (allowedMember(type, name)) {
                return null;
            }
        }
        return (!declaring.isEmpty() ? declaring.get(0) : libraryTypes.isEmpty() ? owner : libraryTypes.get(0))
                + "." + name;
    }

    /** The library types (the type itself or its supertypes) that really declare a member of that name. */
    private static List<String> declaringTypes(String type, String name) {
        List<String> found = new ArrayList<>();
        try {
            java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>();
            todo.add(Class.forName(type.replace('/', '.'), false, DrlBytecodeCheck.class.getClassLoader()));
            Set<Class<?>> visited = new java.util.HashSet<>();
            while (!todo.isEmpty()) {
                Class<?> c = todo.pop();
                if (!visited.add(c)) {
                    continue;
                }
                boolean declares = java.util.Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.getName().equals(name))
                        || java.util.Arrays.stream(c.getDeclaredFields()).anyMatch(f -> f.getName().equals(name));
                if (declares) {
                    found.add(c.getName().replace('.', '/'));
                }
                if (c.getSuperclass() != null) {
                    todo.add(c.getSuperclass());
                }
                todo.addAll(List.of(c.getInterfaces()));
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // an unknown supertype declares nothing that could be allowed
        }
        return found;
    }

    /**
     * Drools builds each rule in a method that calls {@code D.rule(package, name)} and then uses the lambda
     * classes of its constraints and consequence; that tells which rule a lambda class belongs to.
     */
    private static Map<String, String> ruleOfClass(Iterable<ClassReader> readers) {
        Map<String, String> ruleOf = new HashMap<>();
        for (ClassReader reader : readers) {
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        private final List<String> strings = new ArrayList<>();
                        private final List<String> used = new ArrayList<>();
                        private String rule;

                        @Override
                        public void visitLdcInsn(Object value) {
                            if (value instanceof String s) {
                                strings.add(s);
                            }
                        }

                        @Override
                        public void visitMethodInsn(int opcode, String owner, String method, String desc,
                                boolean itf) {
                            if (owner.equals("org/drools/modelcompiler/dsl/pattern/D") && method.equals("rule")
                                    && rule == null && !strings.isEmpty()) {
                                rule = strings.get(strings.size() - 1);
                            }
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                            used.add(owner);
                        }

                        @Override
                        public void visitEnd() {
                            if (rule != null) {
                                used.forEach(owner -> ruleOf.putIfAbsent(owner, rule));
                                ruleOf.put(reader.getClassName() + "." + name, rule);
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_FRAMES);
        }
        return ruleOf;
    }

    private static final class Inspector extends ClassVisitor {
        private final String className;
        private final Set<String> generated;
        private final Map<String, Declared> declared;
        private final Map<String, String> ruleOf;
        private final List<Finding> findings;

        Inspector(String className, Set<String> generated, Map<String, Declared> declared, Map<String, String> ruleOf,
                List<Finding> findings) {
            super(Opcodes.ASM9);
            this.className = className;
            this.generated = generated;
            this.declared = declared;
            this.ruleOf = ruleOf;
            this.findings = findings;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            List<String> supers = new ArrayList<>();
            if (superName != null) {
                supers.add(superName);
            }
            supers.addAll(List.of(interfaces == null ? new String[0] : interfaces));
            for (String type : supers) {
                if (!generated.contains(type) && !matches(SUPERTYPES, type)) {
                    refuse("<class>", "extends/implements " + type);
                }
            }
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                refuse(name, "a native method");
            }
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                    member(name, owner, method);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                    member(name, owner, field);
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    type(name, type);
                }

                @Override
                public void visitMultiANewArrayInsn(String descriptor, int dims) {
                    type(name, Type.getType(descriptor).getInternalName());
                }

                @Override
                public void visitLdcInsn(Object value) {
                    constant(name, value);
                }

                @Override
                public void visitInvokeDynamicInsn(String indyName, String desc, Handle bootstrap, Object... args) {
                    String bsm = bootstrap.getOwner() + "." + bootstrap.getName();
                    if (!BOOTSTRAPS.contains(bsm)) {
                        refuse(name, "invokedynamic " + bsm);
                        return;
                    }
                    for (Object arg : args) {
                        constant(name, arg);
                    }
                }
            };
        }

        private void constant(String method, Object value) {
            if (value instanceof Type t) {
                if (t.getSort() == Type.METHOD) {
                    return; // a method type only describes a signature
                }
                type(method, t.getSort() == Type.ARRAY ? t.getElementType().getInternalName() : t.getInternalName());
            } else if (value instanceof Handle h) {
                member(method, h.getOwner(), h.getName());
            } else if (value instanceof ConstantDynamic c) {
                refuse(method, "a dynamic constant " + c.getName());
            }
        }

        private void type(String method, String type) {
            String element = type.startsWith("[") ? elementOf(type) : type;
            if (element != null && !generated.contains(element) && !allowedType(element)) {
                refuse(method, element);
            }
        }

        private void member(String method, String owner, String name) {
            String element = owner.startsWith("[") ? elementOf(owner) : owner;
            if (element != null && generated.contains(element)) {
                String refused = inheritedRefusal(element, name, declared);
                if (refused != null) {
                    refuse(method, refused);
                }
                return;
            }
            if (element == null) {
                return; // arrays of primitives (clone, length)
            }
            if (owner.startsWith("[") && name.equals("clone")) {
                return;
            }
            if (!allowedMember(element, name)) {
                refuse(method, element + "." + name);
            }
        }

        private void refuse(String method, String member) {
            String rule = ruleOf.getOrDefault(className + "." + method, ruleOf.get(className));
            findings.add(new Finding(className, method, rule, member));
        }
    }

    static boolean allowedMember(String owner, String name) {
        String member = owner + "." + name;
        if (REFUSED_MEMBERS.contains(member)) {
            return false;
        }
        if (owner.equals("java/lang/Object") || owner.equals("java/lang/Enum")) {
            return MEMBERS.contains(member);
        }
        return MEMBERS.contains(member) || matches(CLASSES, owner) || isWorkforceValue(owner)
                || isBuiltInAccumulate(owner);
    }

    /** Drools' own sum, count, min, max, average, collectList… (a custom one would be imported and refused). */
    private static boolean isBuiltInAccumulate(String owner) {
        return owner.startsWith("org/drools/core/base/accumulators/") && owner.endsWith("AccumulateFunction")
                && owner.indexOf('/', "org/drools/core/base/accumulators/".length()) < 0;
    }

    /** A type may be named (new, cast, class constant) when some member of it may be used. */
    static boolean allowedType(String type) {
        return matches(CLASSES, type) || isWorkforceValue(type) || NAMED_TYPES.contains(type) || isBuiltInAccumulate(type)
                || MEMBERS.stream().anyMatch(m -> m.startsWith(type + "."));
    }

    /** An entry ending in '/' is a package with its subpackages ({@code java/time/} includes {@code format}). */
    private static boolean matches(Set<String> entries, String type) {
        if (entries.contains(type)) {
            return true;
        }
        for (int slash = type.indexOf('/'); slash > 0; slash = type.indexOf('/', slash + 1)) {
            if (entries.contains(type.substring(0, slash + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Records and enums of the workforce module are facts; its services and repositories are not. */
    private static boolean isWorkforceValue(String type) {
        if (!type.startsWith("id/seimbang/workforce/") || type.indexOf('/', "id/seimbang/workforce/".length()) >= 0) {
            return false;
        }
        try {
            Class<?> c = Class.forName(type.replace('/', '.'), false, DrlBytecodeCheck.class.getClassLoader());
            Class<?> top = c;
            while (top.getEnclosingClass() != null) {
                top = top.getEnclosingClass();
            }
            return c.isRecord() || c.isEnum() || (top != c && (top.isRecord() || top.isEnum()) && c.isEnum());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String elementOf(String arrayType) {
        Type t = Type.getType(arrayType).getElementType();
        return t.getSort() == Type.OBJECT ? t.getInternalName() : null;
    }

    private record Location(String file, Integer line) {
    }

    /** The DRL file and line of the rule (or function) a finding belongs to; the only DRL file otherwise. */
    private static Location locate(Finding f, List<PolicyFile> drlFiles) {
        for (PolicyFile file : drlFiles) {
            String text = file.normalizedContent();
            if (f.rule() != null) {
                Matcher m = RULE_NAME_QUOTED.matcher(text);
                while (m.find()) {
                    String quoted = m.group(1);
                    if (quoted.substring(1, quoted.length() - 1).equals(f.rule())) {
                        return new Location(file.path(), line(text, m.start(1)));
                    }
                }
                Matcher plain = Pattern.compile("(?m)^\\s*rule\\s+" + Pattern.quote(f.rule()) + "\\b").matcher(text);
                if (plain.find()) {
                    return new Location(file.path(), line(text, plain.start()));
                }
            } else {
                Matcher fn = Pattern.compile("(?m)^\\s*function\\s+[\\w$.<>\\[\\], ]+?\\s" + Pattern.quote(f.method())
                        + "\\s*\\(").matcher(text);
                if (fn.find()) {
                    return new Location(file.path(), line(text, fn.start()));
                }
            }
        }
        return new Location(drlFiles.size() == 1 ? drlFiles.get(0).path() : null, null);
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String simpleName(String internal) {
        return internal.substring(internal.lastIndexOf('/') + 1);
    }

    private static String readable(String member) {
        return "'" + member.replace('/', '.') + "'";
    }
}
