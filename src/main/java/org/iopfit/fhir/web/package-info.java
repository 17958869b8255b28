/**
 * The public, read-only FHIR resources: {@code /fhir/Questionnaire/...} and
 * {@code /fhir/CodeSystem/...}.
 */
package org.iopfit.fhir.web;
