package id.seimbang.workforce.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/** Finds employees by the start of their NIP or a part of their name, to open their decision page. */
@Controller
class EmployeeSearchController {

    static final int MAX_HITS = 50;

    record Hit(String nip, String name, String golongan, String unitName, String positionName) {
    }

    private final WorkforceService workforce;

    EmployeeSearchController(WorkforceService workforce) {
        this.workforce = workforce;
    }

    @GetMapping("/employees")
    String search(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        List<Hit> hits = List.of();
        if (!query.isEmpty()) {
            Workforce w = workforce.current();
            String lower = query.toLowerCase(Locale.ROOT);
            hits = w.employees().stream()
                    .filter(e -> e.nip().startsWith(query) || e.name().toLowerCase(Locale.ROOT).contains(lower))
                    .sorted(Comparator.comparing(Employee::name).thenComparing(Employee::nip))
                    .limit(MAX_HITS + 1L)
                    .map(e -> new Hit(e.nip(), e.name(), e.golongan(),
                            w.unit(e.unitCode()).map(Unit::name).orElse(e.unitCode()),
                            w.position(e.positionCode()).map(Position::name).orElse(e.positionCode())))
                    .toList();
        }
        model.addAttribute("q", query);
        model.addAttribute("hits", hits.size() > MAX_HITS ? hits.subList(0, MAX_HITS) : hits);
        model.addAttribute("more", hits.size() > MAX_HITS);
        model.addAttribute("max", MAX_HITS);
        return "workforce/employees";
    }
}
