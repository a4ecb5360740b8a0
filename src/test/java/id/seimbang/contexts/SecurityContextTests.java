package id.seimbang.contexts;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** The security tests on the sample province with a known admin password: one context. */
@Suite
@SelectClasses(names = {
        "id.seimbang.security.OpenApiDocumentIntegrationTest",
        "id.seimbang.security.ProblemMessagesIntegrationTest",
        "id.seimbang.security.SecurityIntegrationTest"})
class SecurityContextTests {
}
