/**
 * The screening in FHIR R4: the Questionnaire and CodeSystems generated from the question
 * table, QuestionnaireResponses read into answers (checked by the same reader as the JSON
 * API) and written from answers and a suggestion. HAPI FHIR's types stay inside.
 */
package org.iopfit.fhir;
