package id.seimbang.recommendation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import id.seimbang.system.Bilingual;
import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;

/**
 * Limits on what one client may make the service record ({@code seimbang.decisions.*}, issue 15 M3): every decision
 * is an audit record kept for ever, so inline facts are bounded per decision (the body size too, by the request
 * body filter: {@code seimbang.decisions.max-body-size}) and decisions per client are rate-limited.
 *
 * @param maxUnits         inline units per decision
 * @param maxCells         inline formation cells per decision, over all its units
 * @param maxPositions     inline positions per decision
 * @param maxRequests      inline transfer requests per decision
 * @param ratePerMinute    decisions (and replays) one client may ask for per minute, on average
 * @param rateBurst        and at once, before the per-minute rate applies
 */
@ConfigurationProperties("seimbang.decisions")
record DecisionLimits(
        @DefaultValue("200") int maxUnits,
        @DefaultValue("2000") int maxCells,
        @DefaultValue("500") int maxPositions,
        @DefaultValue("50") int maxRequests,
        @DefaultValue("600") int ratePerMinute,
        @DefaultValue("120") int rateBurst) {

    /** 422 problem+json naming every limit the request exceeds, with its setting. */
    void check(DecisionRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        int units = request.units() == null ? 0 : request.units().size();
        int cells = request.units() == null ? 0 : request.units().stream()
                .mapToInt(u -> u == null || u.cells() == null ? 0 : u.cells().size()).sum();
        exceeds(problems, "units", "unit", "units", units, maxUnits, "max-units");
        exceeds(problems, "units[].cells", "sel formasi", "formation cells", cells, maxCells, "max-cells");
        exceeds(problems, "positions", "jabatan", "positions", request.positions() == null ? 0
                : request.positions().size(), maxPositions, "max-positions");
        exceeds(problems, "requests", "permohonan pindah", "transfer requests", request.requests() == null ? 0
                : request.requests().size(), maxRequests, "max-requests");
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    Bilingual.of("Fakta inline melebihi batas", "Inline facts exceed a limit"), problems);
        }
    }

    private static void exceeds(List<FieldProblem> problems, String field, String whatId, String whatEn, int count,
            int limit, String setting) {
        if (count > limit) {
            problems.add(new FieldProblem(field,
                    "Paling banyak " + limit + " " + whatId + " inline per keputusan (seimbang.decisions." + setting
                            + "); permintaan memuat " + count,
                    "At most " + limit + " inline " + whatEn + " per decision (seimbang.decisions." + setting
                            + "); the request has " + count));
        }
    }
}
