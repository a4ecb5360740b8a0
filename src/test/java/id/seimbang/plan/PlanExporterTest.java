package id.seimbang.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanExporterTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() {
        assertThat(PlanExporter.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(PlanExporter.safe("+1+1")).isEqualTo("'+1+1");
        assertThat(PlanExporter.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(PlanExporter.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(PlanExporter.safe("\tx")).isEqualTo("'\tx");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertThat(PlanExporter.safe("Dinas Kesehatan")).isEqualTo("Dinas Kesehatan");
        assertThat(PlanExporter.safe("198001012005011002")).isEqualTo("198001012005011002");
        assertThat(PlanExporter.safe(null)).isEmpty();
    }
}
