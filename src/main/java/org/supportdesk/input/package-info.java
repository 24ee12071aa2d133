/**
 * Rules every edge applies to what arrives from outside, before anything is written: which text
 * the database can hold. Every feature may use it; it uses nothing.
 */
package org.supportdesk.input;
