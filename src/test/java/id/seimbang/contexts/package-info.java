/**
 * Test suites that keep the test classes of one shared Spring context in one test JVM. Surefire hands test classes to
 * its two JVMs one at a time, so the classes of a shared context used to land in both and the context started twice;
 * a suite is handed over whole. The member classes are excluded from surefire's own scan in pom.xml
 * ({@code contexts} excludes) and still run alone with {@code -Dtest=…}; {@link SuitesCoverTheirContextsTest} checks
 * that every excluded class is in exactly one suite and that every suite member is excluded.
 */
package id.seimbang.contexts;
