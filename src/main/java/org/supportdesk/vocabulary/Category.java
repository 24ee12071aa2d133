package org.supportdesk.vocabulary;

/** What an appeal is about; the competency decision says which of these support handles. */
public enum Category {
    ARCHITECTURE_CONSULTING,
    RESOURCE_DIAGNOSTICS,
    ACCOUNT_RECOVERY,
    BILLING,
    TROUBLESHOOTING,
    SERVICE_SETUP,
    SOFTWARE_DEVELOPMENT,
    CODE_DEBUGGING,
    THIRD_PARTY_CONSULTING,
    MANAGED_SERVICES,
    UNCLASSIFIED
}
