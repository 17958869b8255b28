package org.iopfit.staff;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The repositories on the embedded default, H2.
 */
// A mock servlet environment: Spring Session's repository exists only in a web app.
@SpringBootTest(webEnvironment = WebEnvironment.MOCK)
class StaffRepositoriesOnH2Test extends StaffRepositoriesContract {

}
