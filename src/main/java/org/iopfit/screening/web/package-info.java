/**
 * The public questionnaire's pages: the landing and help pages, one page per step with
 * the answers kept in a sealed cookie, check-your-answers, the result and the opt-in
 * forms that keep a screening or ask for a call-back.
 */
package org.iopfit.screening.web;
