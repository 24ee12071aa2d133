package org.supportdesk.operaton;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * Camunda's process engine extension deploys in {@code beforeTestExecution}; Operaton's does it in
 * {@code beforeEach} and has no test execution callbacks. Camunda's coverage recorder extends the
 * extension and starts and ends its run in those callbacks, calling the extension's own first: relocated
 * onto this class, it finds them here, and JUnit calls them since this class declares them. The recorder's
 * builder also expects {@code configurationResource} to answer this type.
 */
public class TestExecutionProcessEngineExtension extends ProcessEngineExtension
        implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    @Override
    public TestExecutionProcessEngineExtension configurationResource(String configurationResource) {
        super.configurationResource(configurationResource);
        return this;
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        // deployed in beforeEach already
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        // cleaned up in afterEach
    }
}
