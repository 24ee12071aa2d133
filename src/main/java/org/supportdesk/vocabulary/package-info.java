/**
 * The contract's vocabulary, spelled exactly as in the API JSON, the process variables and the
 * decisions. Every feature may use it; it uses nothing.
 */
package org.supportdesk.vocabulary;
