package org.supportdesk.competency;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Whether a text names one of our services at all. A question about configuring a product the
 * customer runs (Mattermost, FreeIPA, a NAS) reads like a question about configuring our services,
 * and product names the corpus never saw say nothing to the classifier; what does is that nothing of
 * ours is named. One feature, {@code svc=yes} or {@code svc=no}, over the stems of {@link TextTokens}.
 */
public final class ServiceMentions implements FeatureGenerator {

    /** Stem prefixes of our services and of the cloud itself, English and Russian. */
    static final List<String> PREFIXES = List.of(
            "vm", "virtual", "instanc", "bucket", "s3", "object", "volum", "snapshot", "balanc", "cdn", "vpc",
            "subnet", "cloud", "panel", "consol", "quota", "flavor", "openstack", "kubeconfig", "registri", "manag",
            "вм", "виртуальн", "бакет", "хранилищ", "снапшот", "снимк", "балансировщ", "облак", "облач", "панел",
            "консол", "квот", "подсет", "управля");

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
        for (String word : words) {
            for (String prefix : PREFIXES) {
                if (word.startsWith(prefix)) {
                    return List.of("svc=yes");
                }
            }
        }
        return List.of("svc=no");
    }
}
