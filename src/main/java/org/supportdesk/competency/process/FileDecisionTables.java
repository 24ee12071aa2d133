package org.supportdesk.competency.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.supportdesk.competency.DecisionTables;

/** The competency decisions read from the model files, as a modeler last saved them: for the evaluation command. */
public final class FileDecisionTables {

    private FileDecisionTables() {
    }

    public static DecisionTables read(Path models) {
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DmnDecision rules = parse(engine, models.resolve("request-category.dmn"), DecisionTables.TEXT_DECISION);
        DmnDecision competency = parse(engine, models.resolve("competency.dmn"), DecisionTables.COMPETENCY_DECISION);
        return (key, inputs) -> engine.evaluateDecision(key.equals(DecisionTables.TEXT_DECISION) ? rules : competency,
                inputs).getResultList();
    }

    private static DmnDecision parse(DmnEngine engine, Path file, String key) {
        try (InputStream in = Files.newInputStream(file)) {
            return engine.parseDecision(key, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
