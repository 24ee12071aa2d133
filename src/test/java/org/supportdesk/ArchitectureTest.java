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

    @Test
    void featuresDoNotImportChannels() {
        noClasses().that().resideOutsideOfPackage("..channel..")
                .should().dependOnClassesThat().resideInAPackage("org.supportdesk.channel..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void channelsDoNotImportEachOther() {
        slices().matching("org.supportdesk.channel.(*)..").should().notDependOnEachOther()
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /**
     * The engine's implementation classes the desk may use, and why. Camunda 7 keeps a few documented
     * extension points in impl packages; Operaton keeps them under the same names, so a move stays a
     * rename. Everything else is public API only.
     */
    private static final List<String> ALLOWED_ENGINE_INTERNALS = List.of(
            // the type IdentityService's public getCurrentAuthentication/setAuthentication use
            "org.camunda.bpm.engine.impl.identity.Authentication");

    @Test
    void noEngineImplementationClasses() {
        // the plugin extension point (ProcessEnginePlugin, the configuration it receives and what it
        // configures, such as the resource authorization provider) is allowed in system only
        noClasses().that().areNotAssignableTo(ProcessEnginePlugin.class)
                .and().areNotAssignableTo(ResourceAuthorizationProvider.class)
                .should().dependOnClassesThat(DescribedPredicate.describe("engine internals not allowed",
                        (JavaClass target) -> target.getPackageName().startsWith("org.camunda.bpm.engine.impl")
                                && !ALLOWED_ENGINE_INTERNALS.contains(target.getName())))
                .check(CLASSES);
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
