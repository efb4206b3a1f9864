package org.urbansdg.sdg;

/**
 * What one language's import brought in.
 *
 * @param goals how many goals got a short name or title
 * @param targets how many target texts
 * @param indicators how many indicator texts
 */
record ImportResult(int goals, int targets, int indicators) {
}
