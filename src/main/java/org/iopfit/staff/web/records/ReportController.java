package org.iopfit.staff.web.records;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.iopfit.placement.Level;
import org.iopfit.records.AdmissionsReport;
import org.iopfit.records.Source;
import org.iopfit.staff.web.Times;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The admissions lead's report: counts only, over the last 12 weeks.
 */
@Controller
class ReportController {

	static final int WEEKS = 12;

	private final AdmissionsReport report;

	private final MessageSource messages;

	private final Times times;

	ReportController(AdmissionsReport report, MessageSource messages, Times times) {
		this.report = report;
		this.times = times;
		this.messages = messages;
	}

	@GetMapping("/staff/report")
	ModelAndView report(Authentication user, Locale locale) {
		AdmissionsReport.Report counts = this.report.report(user.getName(), WEEKS, this.times.zone());
		List<Column> columns = List.of(Level.values())
			.stream()
			.flatMap((level) -> List.of(Source.values()).stream().map((source) -> new Column(level, source)))
			.toList();
		List<WeekRow> weeks = counts.weeks()
			.stream()
			.map((week) -> new WeekRow(week.start().toString(),
					columns.stream().map((column) -> week.count(column.level(), column.source())).toList(),
					week.total()))
			.toList();
		Duration median = counts.medianToFirstContact();
		String medianText = (median == null) ? this.messages.getMessage("staff.report.median.none", null, locale)
				: this.messages
					.getMessage(
							"staff.report.median.value", new Object[] { String.valueOf(median.toHours()),
									String.valueOf(median.toMinutesPart()), String.valueOf(counts.contacted()) },
							locale);
		return new ModelAndView("staff/report").addObject("columns", columns)
			.addObject("weeks", weeks)
			.addObject("waiting", counts.callBacksWaiting())
			.addObject("median", medianText);
	}

	/**
	 * A column of the table: one level and one source.
	 */
	record Column(Level level, Source source) {

		public String levelKey() {
			return "staff.level." + this.level;
		}

		public String sourceKey() {
			return "staff.record.source." + this.source;
		}

	}

	/**
	 * One week's counts, in the order of the columns.
	 */
	record WeekRow(String start, List<Integer> counts, int total) {
	}

}
