package id.seimbang.policy;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNMessageType;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.dmn.feel.util.Either;
import org.kie.dmn.model.api.DMNModelInstrumentedBase;
import org.kie.dmn.model.api.NamedElement;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import id.seimbang.system.Bilingual;
import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;
import id.seimbang.system.Parallel;

import static org.kie.dmn.validation.DMNValidator.Validation.ANALYZE_DECISION_TABLE;
import static org.kie.dmn.validation.DMNValidator.Validation.VALIDATE_COMPILATION;
import static org.kie.dmn.validation.DMNValidator.Validation.VALIDATE_MODEL;
import static org.kie.dmn.validation.DMNValidator.Validation.VALIDATE_SCHEMA;

/**
 * Compiles a set of policy files into a {@link PolicySnapshot} at runtime: DRL with Drools'
 * KieBuilder, the parameters file, and DMN models (validated first, decision-table analysis
 * included). Either everything compiles or a {@link PolicyCompilationException} lists every problem.
 */
@Component
public class PolicyCompiler {

    private static final String KIE_RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final List<String> SEVERITIES = List.of("BLOCK", "WARNING", "SIGNAL");

    /** Long enough for a cold first build on a busy 2-core machine (a few seconds), short of a hang. */
    static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    private final Executor builds;
    private final Duration timeLimit;

    /** Builds run on {@code builds} (the {@code policy-build} pool in the service). */
    @Autowired
    public PolicyCompiler(@Qualifier(PolicyPools.BUILDS) Executor builds) {
        this(builds, DEFAULT_TIME_LIMIT);
    }

    public PolicyCompiler(Executor builds, Duration timeLimit) {
        this.builds = builds;
        this.timeLimit = timeLimit;
    }

    /**
     * Compiles within the time limit (waiting for a free build thread included): a policy whose build does not
     * finish in time is refused like one that does not compile, and the caller (a request, the start-up) is free
     * again.
     */
    public PolicySnapshot compile(List<PolicyFile> input) {
        return compile(input, timeLimit);
    }

    /**
     * Compiles files the service already trusts (the ACTIVE or another published version, or the operator's folders
     * at the first start) without a time limit: nothing waits on them but the start-up or a replay, and on a busy
     * machine a cold build took longer than the limit meant for drafts (over 60 s at load 12, about 5 s of CPU).
     */
    public PolicySnapshot compileTrusted(List<PolicyFile> input) {
        return compile(input, null);
    }

    /** What one of the two independent builds gave, with the problems it found. */
    private record Part<T>(T built, List<PolicyProblem> problems) {
    }

    private PolicySnapshot compile(List<PolicyFile> input, Duration limit) {
        List<PolicyFile> files = PolicyFiles.sorted(input);
        // The rules and the tables compile independently, each on a build thread: the caller (the start-up, a
        // draft check) waits for the slower of the two instead of their sum.
        FutureTask<Part<KieBase>> drl = new FutureTask<>(() -> {
            List<PolicyProblem> problems = new ArrayList<>();
            return new Part<>(compileDrl(files, problems), problems);
        });
        FutureTask<Part<DMNRuntime>> dmn = new FutureTask<>(() -> {
            List<PolicyProblem> problems = new ArrayList<>();
            return new Part<>(compileDmn(files, problems), problems);
        });
        try {
            builds.execute(drl);
            builds.execute(dmn);
        } catch (RejectedExecutionException e) {
            drl.cancel(true);
            throw new DomainException(DomainException.Kind.UNAVAILABLE,
                    Bilingual.of("Terlalu banyak kebijakan sedang dikompilasi", "Too many policies are being compiled"),
                    List.of(FieldProblem.of("files", Bilingual.of("Coba lagi sebentar lagi", "Try again shortly"))));
        }
        long deadline = limit == null ? 0 : System.nanoTime() + limit.toNanos();
        Part<KieBase> rules;
        Part<DMNRuntime> tables;
        try {
            rules = await(drl, deadline, limit);
            tables = await(dmn, deadline, limit);
        } catch (TimeoutException e) {
            throw new PolicyCompilationException(List.of(PolicyProblem.error(null, null,
                    "Compilation did not finish within " + limit.toMillis() + " ms and was abandoned")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while compiling a policy", e);
        } catch (ExecutionException e) {
            throw Parallel.unchecked(e.getCause());
        } finally {
            // nothing keeps running once the caller has its answer or has given up
            drl.cancel(true);
            dmn.cancel(true);
        }

        List<PolicyProblem> problems = new ArrayList<>();
        PolicyParameters parameters = files.stream().filter(f -> f.path().equals(PolicyParameters.FILE)).findFirst()
                .map(f -> PolicyParameters.parse(f, problems))
                .orElse(null);
        if (parameters == null && problems.isEmpty()) {
            problems.add(PolicyProblem.error(PolicyParameters.FILE, null, "The parameters file is missing"));
        }
        // Issue 19: the facts a counterfactual may change, checked like the parameters (a draft with a bad list fails).
        files.stream().filter(f -> f.path().equals(ChangeableFacts.FILE)).findFirst()
                .ifPresent(f -> ChangeableFacts.parse(f, problems));
        problems.addAll(rules.problems());
        problems.addAll(tables.problems());
        if (!problems.isEmpty()) {
            throw new PolicyCompilationException(problems);
        }
        DMNRuntime runtime = tables.built();
        return new PolicySnapshot(PolicyFiles.version(files), files, rules.built(), parameters, runtime,
                runtime == null ? List.of() : runtime.getModels());
    }

    /** The build's result, waiting at most until {@code deadline} (System.nanoTime) unless {@code limit} is null. */
    private static <T> T await(FutureTask<T> build, long deadline, Duration limit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return limit == null ? build.get() : build.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private static KieBase compileDrl(List<PolicyFile> files, List<PolicyProblem> problems) {
        // User DRL is code: nothing reaches Drools before the safety check passes for every file.
        List<PolicyProblem> unsafe = files.stream().filter(PolicyFile::isDrl)
                .flatMap(f -> DrlSafetyCheck.check(f).stream()).toList();
        if (!unsafe.isEmpty()) {
            problems.addAll(unsafe);
            return null;
        }
        return buildDrl(files, problems);
    }

    /**
     * Compiles the DRL files and checks the generated bytecode against the allowlist before any of it is loaded
     * into a KieBase. Package-private so tests can show the bytecode check holds where the source check is fooled.
     */
    static KieBase buildDrl(List<PolicyFile> files, List<PolicyProblem> problems) {
        KieServices ks = KieServices.Factory.get();
        // A release id per build: the KIE repository keys modules by it, and two versions must not meet.
        ReleaseId releaseId = ks.newReleaseId("id.seimbang", "policy", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        files.stream().filter(PolicyFile::isDrl)
                .forEach(f -> kfs.write(KIE_RESOURCES + f.path(), f.normalizedContent()));
        // The executable model turns constraints, consequences and functions into Java classes (no MVEL left to
        // interpret at run time), so the bytecode check below sees everything the policy can execute.
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            for (Message m : errors) {
                // Drools adds this after any syntax error; the syntax error itself names the line.
                if (m.getText().contains("Parser returned a null Package") && errors.size() > 1) {
                    continue;
                }
                // The executable model also reports the whole generated Java source of a failing lambda; the
                // compiler's own message about it comes separately and is the useful one.
                if (m.getText().startsWith("Java source of ")) {
                    continue;
                }
                String path = m.getPath() == null ? null : m.getPath().replace(KIE_RESOURCES, "");
                boolean generated = path != null && path.startsWith("src/main/java/");
                Integer line = m.getLine() > 0 && !generated ? m.getLine() : null;
                if (line == null && path != null && !generated) {
                    line = lineNaming(files, path, m.getText());
                }
                problems.add(new PolicyProblem(generated ? null : path, line,
                        m.getColumn() > 0 && !generated ? m.getColumn() : null, "ERROR",
                        (generated ? "In a rule's compiled code: " : "") + m.getText().strip()));
            }
            ks.getRepository().removeKieModule(releaseId);
            return null;
        }
        List<PolicyProblem> refused = DrlBytecodeCheck.check(generatedClasses((InternalKieModule) builder.getKieModule()),
                files.stream().filter(PolicyFile::isDrl).toList());
        if (!refused.isEmpty()) {
            problems.addAll(refused);
            ks.getRepository().removeKieModule(releaseId);
            return null;
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        // The KieBase lives on in the snapshot; the repository need not remember every version.
        ks.getRepository().removeKieModule(releaseId);
        checkRuleMetadata(kieBase, problems);
        return kieBase;
    }

    /**
     * The executable model names an unknown class ("Unable to find class: X") without a line: the first line of
     * the file that uses the name as a word, so the officer finds it.
     */
    private static Integer lineNaming(List<PolicyFile> files, String path, String text) {
        java.util.regex.Matcher named = java.util.regex.Pattern.compile(":\\s*([A-Za-z_$][\\w$.]*)\\s*$").matcher(text.strip());
        if (!named.find()) {
            return null;
        }
        java.util.regex.Pattern word = java.util.regex.Pattern.compile(
                "(?<![\\w$.])" + java.util.regex.Pattern.quote(named.group(1)) + "(?![\\w$])");
        return files.stream().filter(f -> f.path().equals(path)).findFirst().map(f -> {
            String[] lines = f.normalizedContent().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (word.matcher(lines[i]).find()) {
                    return i + 1;
                }
            }
            return null;
        }).orElse(null);
    }

    /** The class files the build generated, by name, straight from the built module's in-memory file system. */
    static Map<String, byte[]> generatedClasses(InternalKieModule module) {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                classes.put(name, module.getBytes(name));
            }
        }
        return classes;
    }

    /** Every rule must say what it is, which regulation it implements and how much it weighs. */
    private static void checkRuleMetadata(KieBase kieBase, List<PolicyProblem> problems) {
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                for (String key : List.of("id", "regulation", "severity")) {
                    if (meta.get(key) == null || meta.get(key).toString().isBlank()) {
                        problems.add(PolicyProblem.error(null, null,
                                "Rule '" + rule.getName() + "' in package " + pkg.getName() + " lacks @" + key));
                    }
                }
                Object severity = meta.get("severity");
                if (severity != null && !SEVERITIES.contains(severity.toString())) {
                    problems.add(PolicyProblem.error(null, null, "Rule '" + rule.getName() + "' has @severity("
                            + severity + "); expected one of " + SEVERITIES));
                }
            }
        }
    }

    private static DMNRuntime compileDmn(List<PolicyFile> files, List<PolicyProblem> problems) {
        List<PolicyFile> dmnFiles = files.stream().filter(PolicyFile::isDmn).toList();
        if (dmnFiles.isEmpty()) {
            return null;
        }
        // KIE parses the XML again with its own parsers: only files that passed the hardened parse get there.
        List<PolicyProblem> unsafe = dmnFiles.stream().flatMap(f -> DmnSafetyCheck.check(f).stream()).toList();
        if (!unsafe.isEmpty()) {
            problems.addAll(unsafe);
            return null;
        }
        int before = problems.size();
        DMNValidator validator = DMNValidatorFactory.newValidator();
        try {
            for (PolicyFile f : dmnFiles) {
                List<DMNMessage> messages = validator.validate(new StringReader(f.normalizedContent()),
                        VALIDATE_SCHEMA, VALIDATE_MODEL, VALIDATE_COMPILATION, ANALYZE_DECISION_TABLE);
                messages.stream().filter(PolicyCompiler::refuses)
                        .forEach(m -> problems.add(new PolicyProblem(f.path(), null, null, m.getSeverity().name(),
                                describe(m))));
            }
        } finally {
            validator.dispose();
        }
        if (problems.size() > before) {
            return null;
        }
        KieServices ks = KieServices.Factory.get();
        List<Resource> resources = dmnFiles.stream().map(f -> {
            Resource r = ks.getResources().newReaderResource(new StringReader(f.normalizedContent()), "UTF-8");
            r.setSourcePath(f.path());
            r.setResourceType(ResourceType.DMN);
            return r;
        }).toList();
        Either<Exception, DMNRuntime> built = DMNRuntimeBuilder.fromDefaults().buildConfiguration()
                .fromResources(resources);
        return built.cata(e -> {
            problems.add(PolicyProblem.error(dmnFiles.get(0).path(), null, "DMN compilation failed: " + e.getMessage()));
            return null;
        }, runtime -> runtime);
    }

    /**
     * Decided by message type, not severity: a gap is only a WARNING to the validator and harmless
     * editor habits are WARNINGs too, but a table with a gap or an overlap must not be published.
     */
    static boolean refuses(DMNMessage m) {
        DMNMessageType type = m.getMessageType();
        return m.getSeverity() == DMNMessage.Severity.ERROR
                || type == DMNMessageType.DECISION_TABLE_GAP
                || type.name().startsWith("DECISION_TABLE_OVERLAP");
    }

    /** "[TYPE] decision name (element id): validator text", so officers find the table by its name. */
    private static String describe(DMNMessage m) {
        String name = null;
        Object ref = m.getSourceReference();
        while (ref instanceof DMNModelInstrumentedBase element && name == null) {
            name = element instanceof NamedElement named ? named.getName() : null;
            ref = element.getParent();
        }
        String where = name == null ? m.getSourceId() : m.getSourceId() == null ? name : name + " (" + m.getSourceId() + ")";
        return "[" + m.getMessageType() + "]" + (where == null ? "" : " " + where + ":") + " " + m.getText();
    }
}
