package org.iopfit.api;

/**
 * One bad field of a request, as listed in the {@code errors} of a problem response.
 *
 * @param field the property path, e.g. {@code crisis.suicidalThoughts} or
 * {@code criteria[2]}
 * @param message what is wrong and what to send instead, in plain words
 */
record FieldProblem(String field, String message) {

}
