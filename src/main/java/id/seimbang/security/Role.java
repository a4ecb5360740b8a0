package id.seimbang.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.seimbang.system.Bilingual;

/**
 * What a person or API client may do. Spring Security sees each as authority {@code ROLE_<name>}. Roles
 * add up: a rule author who also edits DMN tables and runs scenarios holds POLICY_OFFICER and RULE_AUTHOR.
 */
enum Role {
    POLICY_OFFICER(Bilingual.of("Menyunting draf kebijakan, menjalankan validasi, skenario dan dampak, mengajukan",
            "Edits policy drafts, runs validation, scenarios and impact, submits")),
    POLICY_APPROVER(Bilingual.of("Menyetujui dan menerbitkan kebijakan (tidak untuk ajuannya sendiri)",
            "Approves and publishes policy (never their own submission)")),
    RULE_AUTHOR(Bilingual.of("Boleh menyunting berkas DRL (lebih kuat daripada tabel DMN)",
            "May edit DRL files (more powerful than DMN tables)")),
    AUDITOR(Bilingual.of("Membaca keputusan, penjelasan, verifikasi dan replay audit; hanya baca",
            "Reads decisions, explanations, audit verification and replay; read-only")),
    PLANNER(Bilingual.of("Membuat dan membaca rencana mutasi", "Creates and reads transfer plans")),
    DATA_STEWARD(Bilingual.of("Mengimpor data pegawai", "Imports workforce data")),
    ADMIN(Bilingual.of("Mengelola pengguna dan klien API", "Manages users and API clients")),
    CLIENT(Bilingual.of("Akses mesin: keputusan, kelayakan, penempatan", "Machine access: decisions, eligibility, placement"));

    private final Bilingual description;

    Role(Bilingual description) {
        this.description = description;
    }

    public Bilingual description() {
        return description;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** "A,B" as stored in the database; unknown names are refused, so a typo cannot grant nothing silently. */
    static Set<Role> parse(String stored) {
        return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    static String format(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    static List<String> names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toList();
    }
}
