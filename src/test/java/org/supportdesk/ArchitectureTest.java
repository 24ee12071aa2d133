package org.supportdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider;
import org.junit.jupiter.api.Test;

/** The few package rules that keep features apart and the engine at the edges. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.supportdesk");

    @Test
    void onlyProcessPackagesImplementEngineDelegates() {
        noClasses().that().resideOutsideOfPackages("..process..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.delegate..")
                .check(CLASSES);
    }

    /** Features reach the engine through their models' process packages; security and system configure it. */
    @Test
    void onlyProcessPackagesSecurityAndSystemUseTheEngine() {
        noClasses().that().resideOutsideOfPackages("..process..", "org.supportdesk.security..",
                        "org.supportdesk.system..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(CLASSES);
    }

    /** The appeal table is written and read by the appeal package alone; others go through its services. */
    @Test
    void onlyTheAppealPackageReachesTheAppealTable() {
        noClasses().that().resideOutsideOfPackage("org.supportdesk.appeal")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.supportdesk.appeal.AppealRepository")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.supportdesk.appeal")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.supportdesk.appeal.ConversationRepository")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotImportChannels() {
        noClasses().that().resideOutsideOfPackage("..channel..")
                .should().dependOnClassesThat().resideInAPackage("org.supportdesk.channel..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /**
     * The cross-cutting packages know no feature: errors carry their own status (input.RefusedRequestException),
     * so the error handlers need no feature's exceptions.
     */
    @Test
    void systemImportsNoFeature() {
        importsOnly("system", "system", "input", "vocabulary", "security");
    }

    /** Features and channels write into the outbox; it knows neither (appeal -> outbox <- channel). */
    @Test
    void theOutboxImportsNoFeatureAndNoChannel() {
        importsOnly("outbox", "outbox", "input", "vocabulary");
    }

    private static void importsOnly(String packageName, String... allowed) {
        String allowedPackages = "org\\.supportdesk\\.(" + String.join("|", allowed) + ")(\\..*)?";
        noClasses().that().resideInAPackage("org.supportdesk." + packageName + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe("classes outside " + List.of(allowed),
                        (JavaClass target) -> target.getPackageName().startsWith("org.supportdesk.")
                                && !target.getPackageName().matches(allowedPackages)))
                .check(CLASSES);
    }

    /**
     * The appeal core's ports: what a channel hands over (a message, a phone call) and learns back, and
     * the messages for customers the core publishes for the channels to deliver.
     */
    private static final List<String> APPEAL_PORTS = List.of("org.supportdesk.appeal.AppealInbox",
            "org.supportdesk.appeal.InboundMessage", "org.supportdesk.appeal.InboundOutcome",
            "org.supportdesk.appeal.IntakeCommand", "org.supportdesk.appeal.CustomerMessageWritten");

    @Test
    void channelsReachTheAppealCoreOnlyThroughItsPorts() {
        noClasses().that().resideInAPackage("org.supportdesk.channel..")
                .should().dependOnClassesThat(DescribedPredicate.describe("appeal classes other than its ports",
                        (JavaClass target) -> target.getPackageName().startsWith("org.supportdesk.appeal")
                                && !APPEAL_PORTS.contains(target.getName().split("\\$")[0])))
                .check(CLASSES);
    }

    @Test
    void channelsDoNotImportEachOther() {
        slices().matching("org.supportdesk.channel.(*)..").should().notDependOnEachOther()
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /**
     * Camunda's implementation packages the desk may use, and why, in one place. Camunda 7 keeps a few
     * documented extension points in impl packages; Operaton keeps them under the same names, so a move
     * stays a rename (README: Camunda 7 CE end of life). Everything else is public API only.
     */
    private static final List<String> ALLOWED_CAMUNDA_INTERNALS = List.of(
            // the type IdentityService's public getCurrentAuthentication/setAuthentication use
            "org.camunda.bpm.engine.impl.identity.Authentication",
            // the engine REST API's documented HTTP Basic provider, the filter's init parameter
            // (security.SecurityConfiguration)
            "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider",
            // the engine plugin extension point and the configuration it receives (system only, below)
            "org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin",
            "org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin",
            "org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl",
            // the resource authorization provider, a documented engine setting (system.TaskGrantsPerDefinition)
            "org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider",
            "org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider",
            "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity",
            // the DMN engine's configuration and its FEEL engine factory SPI (system.DecisionEngineTuning,
            // system.CachingFeelEngineFactory)
            "org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration",
            "org.camunda.bpm.dmn.feel.impl.FeelEngine",
            "org.camunda.bpm.dmn.feel.impl.FeelEngineFactory",
            "org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory",
            "org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider");

    private static final String HTTP_BASIC_PROVIDER =
            "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider";

    @Test
    void camundaInternalsOnlyFromTheAllowedListAndOnlyInSystem() {
        noClasses().should().dependOnClassesThat(DescribedPredicate.describe("Camunda internals not allowed",
                        (JavaClass target) -> isCamundaInternal(target)
                                && !ALLOWED_CAMUNDA_INTERNALS.contains(target.getBaseComponentType().getName())))
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.supportdesk.system")
                .should().dependOnClassesThat(DescribedPredicate.describe("Camunda internals other than the"
                        + " authenticated user", (JavaClass target) -> isCamundaInternal(target)
                        && !target.getBaseComponentType().getName()
                        .equals("org.camunda.bpm.engine.impl.identity.Authentication")
                        && !target.getBaseComponentType().getName().equals(HTTP_BASIC_PROVIDER)))
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.supportdesk.security")
                .should().dependOnClassesThat().haveFullyQualifiedName(HTTP_BASIC_PROVIDER)
                .check(CLASSES);
    }

    private static boolean isCamundaInternal(JavaClass target) {
        String name = target.getBaseComponentType().getPackageName();
        // the webapps' login classes have a rule of their own (onlyTheWebappSessionFilterReadsTheWebappLogin)
        return name.startsWith("org.camunda.") && !name.startsWith("org.camunda.bpm.webapp.")
                && (name.contains(".impl.") || name.endsWith(".impl"));
    }

    /**
     * The Tasklist login lives in the webapps' HTTP session, in classes of Camunda's webapp
     * implementation (the ones its own authentication and CSRF filters use). One filter reads it for
     * the workspace API; nothing else may depend on them.
     */
    @Test
    void onlyTheWebappSessionFilterReadsTheWebappLogin() {
        noClasses().that().doNotHaveFullyQualifiedName("org.supportdesk.security.WebappSessionAuthenticationFilter")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.webapp..")
                .check(CLASSES);
    }

    @Test
    void engineExtensionsStayInSystem() {
        classes().that().areAssignableTo(ResourceAuthorizationProvider.class)
                .should().resideInAPackage("org.supportdesk.system")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void engineTuningStaysInOnePlace() {
        classes().that().areAssignableTo(ProcessEnginePlugin.class)
                .should().resideInAPackage("org.supportdesk.system")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.supportdesk.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
