/**
 * The placement rules, in plain Java with no Spring and no web: the answers of a
 * screening, the severity they show and the level of care that rules R1-R11 suggest, with
 * the reasons and cautions behind it.
 */
package org.iopfit.placement;
