package id.seimbang.workforce;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Data pegawai / Workforce")
class WorkforceController {

    private final WorkforceService workforce;

    WorkforceController(WorkforceService workforce) {
        this.workforce = workforce;
    }

    @GetMapping("/employees/{nip}")
    @Operation(summary = "All facts about one employee")
    Employee employee(@PathVariable String nip) {
        List<Bilingual> problems = Nip.problems(nip);
        if (!problems.isEmpty()) {
            throw DomainException.badRequest("nip", problems.get(0));
        }
        return workforce.current().employee(nip).orElseThrow(() -> DomainException.notFound("nip", nip));
    }
}

