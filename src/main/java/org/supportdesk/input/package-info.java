/**
 * Rules every edge applies to what arrives from outside, before anything is written: which text
 * the database can hold, and how a refusal carries its status. Every feature may use it; it uses
 * no feature.
 */
package org.supportdesk.input;
