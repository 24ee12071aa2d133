package org.supportdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
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

    @Test
    void noEngineImplementationClasses() {
        // public API only, so a move to the Operaton fork stays a rename. The one exception is the
        // documented plugin extension point (ProcessEnginePlugin and the configuration it receives),
        // which lives in an impl package in Camunda 7 and in Operaton alike.
        noClasses().that().areNotAssignableTo(ProcessEnginePlugin.class)
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
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
