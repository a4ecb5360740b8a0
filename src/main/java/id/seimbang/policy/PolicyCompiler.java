package id.seimbang.policy;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

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
        FutureTask<PolicySnapshot> build = new FutureTask<>(() -> compileNow(input));
        try {
            builds.execute(build);
        } catch (RejectedExecutionException e) {
            throw new DomainException(DomainException.Kind.UNAVAILABLE,
                    Bilingual.of("Terlalu banyak kebijakan sedang dikompilasi", "Too many policies are being compiled"),
                    List.of(FieldProblem.of("files", Bilingual.of("Coba lagi sebentar lagi", "Try again shortly"))));
        }
        try {
            return build.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            build.cancel(true);
            throw new PolicyCompilationException(List.of(PolicyProblem.error(null, null,
                    "Compilation did not finish within " + timeLimit.toMillis() + " ms and was abandoned")));
        } catch (InterruptedException e) {
            build.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while compiling a policy", e);
        } catch (ExecutionException e) {
            throw Parallel.unchecked(e.getCause());
        }
    }

    private PolicySnapshot compileNow(List<PolicyFile> input) {
        List<PolicyFile> files = PolicyFiles.sorted(input);
        List<PolicyProblem> problems = new ArrayList<>();

        PolicyParameters parameters = files.stream().filter(f -> f.path().equals(PolicyParameters.FILE)).findFirst()
                .map(f -> PolicyParameters.parse(f, problems))
                .orElse(null);
        if (parameters == null && problems.isEmpty()) {
            problems.add(PolicyProblem.error(PolicyParameters.FILE, null, "The parameters file is missing"));
        }
        KieBase kieBase = compileDrl(files, problems);
        DMNRuntime dmn = compileDmn(files, problems);
        if (!problems.isEmpty()) {
            throw new PolicyCompilationException(problems);
        }
        return new PolicySnapshot(PolicyFiles.version(files), files, kieBase, parameters, dmn,
                dmn == null ? List.of() : dmn.getModels());
    }

    private static KieBase compileDrl(List<PolicyFile> files, List<PolicyProblem> problems) {
        // User DRL is code: nothing reaches Drools before the safety check passes for every file.
        List<PolicyProblem> unsafe = files.stream().filter(PolicyFile::isDrl)
                .flatMap(f -> DrlSafetyCheck.check(f).stream()).toList();
        if (!unsafe.isEmpty()) {
            problems.addAll(unsafe);
            return null;
        }
        KieServices ks = KieServices.Factory.get();
        // A release id per build: the KIE repository keys modules by it, and two versions must not meet.
        ReleaseId releaseId = ks.newReleaseId("id.seimbang", "policy", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        files.stream().filter(PolicyFile::isDrl)
                .forEach(f -> kfs.write(KIE_RESOURCES + f.path(), f.normalizedContent()));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            for (Message m : errors) {
                // Drools adds this after any syntax error; the syntax error itself names the line.
                if (m.getText().contains("Parser returned a null Package") && errors.size() > 1) {
                    continue;
                }
                String path = m.getPath() == null ? null : m.getPath().replace(KIE_RESOURCES, "");
                problems.add(new PolicyProblem(path, m.getLine() > 0 ? m.getLine() : null,
                        m.getColumn() > 0 ? m.getColumn() : null, "ERROR", m.getText().strip()));
            }
            ks.getRepository().removeKieModule(releaseId);
            return null;
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        // The KieBase lives on in the snapshot; the repository need not remember every version.
        ks.getRepository().removeKieModule(releaseId);
        checkRuleMetadata(kieBase, problems);
        return kieBase;
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
