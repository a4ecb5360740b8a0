package id.seimbang.balance.web;

import java.util.Comparator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.seimbang.balance.WorkloadModel;
import id.seimbang.balance.WorkloadModels;
import id.seimbang.workforce.Kabupaten;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;
import id.seimbang.system.DomainException;

/** The planners' start page: workload balance of the region, filtered by kabupaten and sector. */
@Controller
class DashboardController {

    private final WorkforceService workforce;
    private final WorkloadModels models;

    DashboardController(WorkforceService workforce, WorkloadModels models) {
        this.workforce = workforce;
        this.models = models;
    }

    @GetMapping("/")
    String dashboard(@RequestParam(required = false) String kabupaten, @RequestParam(required = false) Sector sector,
            @RequestParam(defaultValue = "CODE") Dashboard.Sort sort, Model model) {
        Workforce w = workforce.current();
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
        return "workforce/dashboard";
    }
}
