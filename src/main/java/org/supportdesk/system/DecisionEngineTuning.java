package org.supportdesk.system;

import java.util.List;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Puts {@link CachingFeelEngineFactory} in front of the engine's FEEL engine. The engine completes
 * the rest of the decision engine's configuration (history, script engines) as usual. Switched
 * off with {@code supportdesk.dmn.feel-cache=false}, which the benchmark uses to compare.
 */
@Component
@ConditionalOnProperty(name = "supportdesk.dmn.feel-cache", havingValue = "true", matchIfMissing = true)
class DecisionEngineTuning extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.isDmnFeelEnableLegacyBehavior()) {
            return;
        }
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        List<FeelCustomFunctionProvider> functions =
                configuration.getDmnFeelCustomFunctionProviders();
        dmn.setFeelEngineFactory(new CachingFeelEngineFactory(functions == null ? new ScalaFeelEngineFactory()
                : new ScalaFeelEngineFactory(functions)));
        configuration.setDmnEngineConfiguration(dmn);
    }
}
