package org.urbansdg;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A module test: Spring Modulith starts only the annotated test's module and the modules it depends on, directly or
 * not ({@code ALL_DEPENDENCIES}: with only the direct ones, a module that depends on {@code casestudy} lacks the
 * entities of {@code member} and {@code sdg} that casestudy's JPA associations need). A test method may take a {@code Scenario} to publish an event and wait for
 * what it changes.
 * <p>
 * Module contexts run on an embedded PostgreSQL of their own, one for all of them ({@code
 * target/test-postgres-modules}, empty at the start of the run, no demo content), so module tests neither see nor
 * change what the {@link PlatformTest} context holds (and the demo content, loaded only into a database without
 * cities, is not kept out of it by {@link FirstCity}). The rest differs from the test profile
 * only where two contexts would collide: an in-memory search index per context (two Lucene writers cannot share a
 * folder), no republishing of another context's unfinished events at start, and mail written to the log (no GreenMail
 * server listens). The mapping configurer of the {@code search} module is left out: it maps entities of modules such
 * a context does not start. {@link FirstCity} gives {@link People} and {@link CaseFixtures} a city to place things in.
 * The context is closed after its test class (each module has one module test class today), so it holds no memory or
 * connections while the rest of the run goes on; a module with several such classes would rather keep it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = {
		"urbansdg.database.data-dir=target/test-postgres-modules",
		"spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
		"spring.jpa.properties.hibernate.search.backend.directory.root=",
		"spring.jpa.properties.hibernate.search.mapping.configurer=",
		"spring.modulith.events.republish-outstanding-events-on-restart=false",
		"urbansdg.mail.log-only=true" })
@Import(FirstCity.class)
@DirtiesContext
public @interface ModuleTest {
}
