/**
 * The questionnaire as people see it, shared by the public pages ({@code screening.web})
 * and the staff's phone mode: the questions' wording, one view of a question, and the
 * detour to the page that has to come first.
 */
package org.iopfit.screening;
