package id.seimbang.plan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV form of the candidate list, for anyone who wants to check the optimum with another solver. */
final class PlanCandidateCsv {

    static final String HEADER = "nip,from_unit,from_position,from_need,from_staff,to_unit,to_position,to_need,"
            + "to_staff,penalty,move_cost\r\n";

    private PlanCandidateCsv() {
    }

    static String line(PlanCandidate c) {
        StringWriter out = new StringWriter(96);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(PlanExporter.safe(c.nip()), PlanExporter.safe(c.fromUnit()),
                    PlanExporter.safe(c.fromPosition()), c.fromNeed(), c.fromStaff(), PlanExporter.safe(c.toUnit()),
                    PlanExporter.safe(c.toPosition()), c.toNeed(), c.toStaff(), c.penalty(), c.moveCost());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
