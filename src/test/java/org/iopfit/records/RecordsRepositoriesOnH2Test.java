package org.iopfit.records;

import org.iopfit.staff.MutableClock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The records on the embedded default, H2.
 */
@SpringBootTest(webEnvironment = WebEnvironment.MOCK)
@Import(MutableClock.Config.class)
class RecordsRepositoriesOnH2Test extends RecordsRepositoriesContract {

}
