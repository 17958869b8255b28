/**
 * The placement rules: the answers of a screening, the severity they show and the level
 * of care that rules R1-R11 suggest, with the reasons and cautions behind it. Plain Java,
 * no Spring, no web.
 */
package org.iopfit.placement;
