package org.iopfit.staff;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The repositories on the embedded default, H2.
 */
// A mock servlet environment: Spring Session's repository exists only in a web app.
// The clock of the records' tests too, so both share one application.
@SpringBootTest(webEnvironment = WebEnvironment.MOCK)
@Import(MutableClock.Config.class)
class StaffRepositoriesOnH2Test extends StaffRepositoriesContract {

}
