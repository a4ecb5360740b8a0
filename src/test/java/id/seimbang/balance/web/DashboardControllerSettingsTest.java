package id.seimbang.balance.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;

class DashboardControllerSettingsTest {

    @Test
    void aSurgePageOfNoSurgesIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new DashboardController(null, null, Clock.systemUTC(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seimbang.dashboard.surges-per-page must be at least 1, not 0");
    }
}
