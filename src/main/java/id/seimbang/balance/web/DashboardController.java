package id.seimbang.balance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.seimbang.balance.WorkloadHistory;
import id.seimbang.balance.WorkloadModel;
import id.seimbang.balance.WorkloadModels;
import id.seimbang.workforce.Kabupaten;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.Surge;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;
import id.seimbang.system.Bilingual;
import id.seimbang.system.Clocks;
import id.seimbang.system.DomainException;

/** The planners' start page: workload balance of the region, filtered by kabupaten and sector. */
@Controller
class DashboardController {

    private final WorkforceService workforce;
    private final WorkloadModels models;
    private final Clock clock;

    private final int surgesPerPage;

    DashboardController(WorkforceService workforce, WorkloadModels models, Clock clock,
            @Value("${seimbang.dashboard.surges-per-page:20}") int surgesPerPage) {
        // a page of no surges would divide by zero on the first dashboard request
        if (surgesPerPage < 1) {
            throw new IllegalArgumentException(
                    "seimbang.dashboard.surges-per-page must be at least 1, not " + surgesPerPage);
        }
        this.workforce = workforce;
        this.models = models;
        this.clock = clock;
        this.surgesPerPage = surgesPerPage;
    }

    /**
     * {@code date}: the workload in force that day (ABK period and surges), default today. {@code unit}: also show
     * that unit's history over the ABK periods (issue 20 point 3), computed only when asked for. {@code surgePage}: the
     * page of the recorded surges shown (from 1).
     */
    @GetMapping("/")
    String dashboard(@RequestParam(required = false) String kabupaten, @RequestParam(required = false) Sector sector,
            @RequestParam(defaultValue = "CODE") Dashboard.Sort sort,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String unit, @RequestParam(defaultValue = "1") int surgePage,
            Model model) {
        if (surgePage < 1) {
            throw DomainException.badRequest("surgePage", Bilingual.of("Halaman mulai dari 1",
                    "Pages start at 1"));
        }
        LocalDate today = Clocks.todayInJakarta(clock);
        Workforce snapshot = workforce.current();
        Workforce w = snapshot.asOf(date != null ? date : today);
        // E comes from the active policy, so the dashboard agrees with decisions and plans.
        WorkloadModel workload = models.current();
        String kabupatenFilter = kabupaten == null || kabupaten.isBlank() ? null : kabupaten;
        if (kabupatenFilter != null && w.kabupaten(kabupatenFilter).isEmpty()) {
            throw DomainException.notFound("kabupaten", kabupatenFilter);
        }
        model.addAttribute("dashboard", Dashboard.of(w, workload, kabupatenFilter, sector, sort));
        model.addAttribute("kabupatenList", w.kabupaten().stream().sorted(Comparator.comparing(Kabupaten::code)).toList());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("sorts", Dashboard.Sort.values());
        model.addAttribute("kabupaten", kabupatenFilter);
        model.addAttribute("sector", sector);
        model.addAttribute("sort", sort);
        model.addAttribute("bands", workload.bands());
        model.addAttribute("date", date);
        model.addAttribute("periodStarts", snapshot.periodStarts());
        model.addAttribute("placementsFrom", snapshot.placementsRecordedFrom().orElse(null));
        // The recorded surges, a page at a time (seimbang.dashboard.surges-per-page; a page past the last shows the
        // last), each with a withdraw button for those who may withdraw (SurgePageController).
        List<Surge> surges = snapshot.surges().stream().sorted(Comparator.comparing(Surge::from)
                .thenComparing(Surge::unitCode).thenComparing(Surge::target)).toList();
        int pages = Math.max(1, (surges.size() + surgesPerPage - 1) / surgesPerPage);
        int page = Math.min(surgePage, pages);
        model.addAttribute("surges", surges.subList((page - 1) * surgesPerPage,
                Math.min(surges.size(), page * surgesPerPage)));
        model.addAttribute("surgeTotal", surges.size());
        model.addAttribute("surgePage", page);
        model.addAttribute("surgePages", pages);
        model.addAttribute("unitParam", unit);
        model.addAttribute("surgeDate", date != null ? date : today);
        String unitFilter = unit == null || unit.isBlank() ? null : unit;
        if (unitFilter != null) {
            if (snapshot.unit(unitFilter).isEmpty()) {
                throw DomainException.notFound("unit", unitFilter);
            }
            model.addAttribute("history", WorkloadHistory.ofUnit(snapshot, workload, unitFilter, today));
            model.addAttribute("historyUnit", snapshot.unit(unitFilter).orElseThrow());
        }
        return "workforce/dashboard";
    }
}
