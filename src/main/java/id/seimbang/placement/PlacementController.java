package id.seimbang.placement;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/placements")
@Tag(name = "Penempatan / Placement", description = "Tabel keputusan penempatan (DMN) / Placement decision tables (DMN)")
class PlacementController {

    private final PlacementService placements;

    PlacementController(PlacementService placements) {
        this.placements = placements;
    }

    @PostMapping("/evaluate")
    @Operation(summary = "Evaluasi penempatan satu pegawai ke satu sel / Evaluate one employee's placement in one cell",
            description = "Kesesuaian kompetensi, penalti, dukungan relokasi, risiko penerimaan, baris tabel yang cocok "
                    + "dan versi kebijakan / Competency fit, penalty, relocation support, acceptance risk, matched "
                    + "table rows with their annotations, and the policy version")
    PlacementResponse evaluate(@RequestBody PlacementRequest request) {
        return placements.evaluate(request);
    }
}
