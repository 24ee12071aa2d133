package org.supportdesk.vocabulary;

/**
 * The Managed Services the provider sells (contract codes), each with the onboarding that sets it
 * up once a customer accepts a quote.
 */
public enum ManagedService {
    // system administration 24/7
    IT_OUTSOURCING(Onboarding.OPERATIONS),
    TECH_SUPPORT(Onboarding.OPERATIONS),
    MONITORING(Onboarding.OPERATIONS),
    INCIDENT_RESPONSE(Onboarding.OPERATIONS),
    DISASTER_RECOVERY(Onboarding.DR_SETUP),
    // audit and consulting
    ARCHITECTURE_CONSULTING(Onboarding.AUDIT),
    INFRASTRUCTURE_AUDIT(Onboarding.AUDIT),
    PERFORMANCE_AUDIT(Onboarding.AUDIT),
    // configuration and implementation
    MONITORING_SETUP(Onboarding.OPERATIONS),
    BACKUP_HA_DR_SETUP(Onboarding.DR_SETUP),
    PAAS_UPDATES(Onboarding.OPERATIONS),
    MIGRATION(Onboarding.MIGRATION);

    /** The onboarding processes: {@code ms-onboarding-audit}, {@code -migration}, {@code -dr}, {@code -operations}. */
    public enum Onboarding {
        AUDIT("audit"), MIGRATION("migration"), DR_SETUP("dr"), OPERATIONS("operations");

        private final String processSuffix;

        Onboarding(String processSuffix) {
            this.processSuffix = processSuffix;
        }

        public String processKey() {
            return "ms-onboarding-" + processSuffix;
        }

        public String processSuffix() {
            return processSuffix;
        }
    }

    private final Onboarding onboarding;

    ManagedService(Onboarding onboarding) {
        this.onboarding = onboarding;
    }

    public Onboarding onboarding() {
        return onboarding;
    }
}
