/**
 * The screening in FHIR R4, with HAPI FHIR's types kept inside: the Questionnaire and
 * CodeSystems generated from the question table, QuestionnaireResponses read into answers
 * by the JSON API's reader and written from answers and a suggestion.
 */
package org.iopfit.fhir;
