package org.supportdesk.managedservices;

/** The seed's three kinds of Managed Services; scoping estimates hours per group. */
public enum ServiceGroup {
    ADMINISTRATION_24_7, AUDIT_AND_CONSULTING, CONFIGURATION
}
