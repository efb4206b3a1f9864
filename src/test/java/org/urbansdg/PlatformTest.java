package org.urbansdg;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application context the tests share: the whole platform with demo content on a real embedded PostgreSQL,
 * on a random port (for the browser tests) and with MockMvc. Tests create the users and cases they change, so they
 * do not depend on each other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
@Import({ CaseFixtures.class, org.urbansdg.casestudy.CaseTestData.class })
public @interface PlatformTest {
}
