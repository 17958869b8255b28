/**
 * The public questionnaire: the landing page, the "need help now?" page, the screening
 * steps, check-your-answers and the result.
 */
package org.iopfit.screening;
