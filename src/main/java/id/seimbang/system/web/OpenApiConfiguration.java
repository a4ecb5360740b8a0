package id.seimbang.system.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document's title, version (the project's, from the build) and description, and the two ways
 * an API client signs in. Both schemes apply to every operation, so Swagger UI's "Authorize" sends either
 * with "Try it out"; such requests carry credentials and need no CSRF token.
 */
@Configuration
class OpenApiConfiguration {

    static final String BASIC = "basicAuth";
    static final String API_KEY = "apiKey";

    @Bean
    OpenAPI seimbangOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties != null ? properties.getVersion() : "development";
        return new OpenAPI()
                .info(new Info().title("Seimbang API").version(version).description("""
                        Layanan keputusan mutasi ASN berbasis aturan (Drools dan DMN): kelayakan, penempatan, \
                        keputusan yang tercatat di jejak audit, rencana mutasi optimal, dan siklus hidup kebijakan. / \
                        Rules-engine decision service for transfers (mutasi) of Indonesian civil servants: \
                        eligibility, placement, decisions recorded in a tamper-evident audit trail, optimal transfer \
                        plans and the policy lifecycle. Errors are application/problem+json with each field and its \
                        reason in Indonesian and English; numbers are rounded to four decimals except objective \
                        values. Sign in with HTTP Basic (user:password) or an API key (header X-API-Key)."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Akun pengguna / user account (user:password)"))
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-API-Key")
                                .description("Kunci API klien dari /api/v1/admin/clients / client API key")))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(API_KEY)));
    }
}
