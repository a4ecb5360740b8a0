package id.seimbang.authoring;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import id.seimbang.policy.PolicyCompilationException;
import id.seimbang.policy.PolicyCompiler;
import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyFiles;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.workforce.Workforce;

/**
 * The checks of a draft: compile (with the safety checks), run the scenarios, compare with the active policy on a
 * workforce. The same code runs in a draft worker process ({@link DraftWorker}, bounded in time and memory) and,
 * for a publication or with the worker switched off, in the service.
 */
@Component
class DraftChecks {

    private final PolicyCompiler compiler;
    private final ScenarioRunner scenarios;
    private final ImpactAnalysis impact;

    DraftChecks(PolicyCompiler compiler, ScenarioRunner scenarios, ImpactAnalysis impact) {
        this.compiler = compiler;
        this.scenarios = scenarios;
        this.impact = impact;
    }

    /** A compiled policy or the problems that stop it; the report says which. */
    record Compiled(PolicySnapshot snapshot, ValidationReport report) {
    }

    /**
     * Runs what {@code run.kind()} asks for. {@code active} and {@code facts} are needed only for an impact
     * analysis, which is left out (null) when the draft does not compile. {@code afterCompile} is told when the
     * compilation is over and evaluation begins.
     */
    DraftEvaluation.Result evaluate(DraftEvaluation run, PolicySnapshot active, Workforce facts, Runnable afterCompile) {
        Compiled compiled = compile(run.files(), run.now());
        afterCompile.run();
        ScenarioReport tested = run.kind().scenarios() ? scenarioReport(compiled, run.scenarios(), run.now()) : null;
        ImpactReport compared = run.kind().impact() && compiled.snapshot() != null
                ? impact.compare(active, compiled.snapshot(), facts, run.now()) : null;
        return new DraftEvaluation.Result(compiled.report(), tested, compared, null);
    }

    Compiled compile(List<PolicyFile> files, Instant now) {
        long start = System.nanoTime();
        String version = PolicyFiles.version(files);
        try {
            PolicySnapshot snapshot = compiler.compile(files);
            return new Compiled(snapshot, new ValidationReport(version, true, List.of(),
                    (System.nanoTime() - start) / 1_000_000, now));
        } catch (PolicyCompilationException e) {
            return new Compiled(null, new ValidationReport(version, false, e.problems(),
                    (System.nanoTime() - start) / 1_000_000, now));
        }
    }

    ScenarioReport scenarioReport(Compiled compiled, List<ScenarioRunner.Source> all, Instant now) {
        if (compiled.snapshot() == null) {
            List<ScenarioResult> notRun = all.stream().map(s -> new ScenarioResult(s.name(), s.origin(), false,
                    List.of(), "Kebijakan tidak dapat dikompilasi / The policy does not compile")).toList();
            return ScenarioReport.of(compiled.report().version(), notRun, now);
        }
        return ScenarioReport.of(compiled.snapshot().version(), scenarios.run(compiled.snapshot(), all), now);
    }
}
