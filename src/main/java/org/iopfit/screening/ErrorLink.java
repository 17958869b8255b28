package org.iopfit.screening;

/**
 * One link of a page's error summary.
 *
 * @param href where it leads: the first input of what is wrong
 * @param text the error
 */
public record ErrorLink(String href, String text) {
}
