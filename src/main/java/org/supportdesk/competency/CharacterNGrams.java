package org.supportdesk.competency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character n-grams of each stem, with word edges marked: they carry what stems miss in short,
 * misspelt texts ("скрпит", "debbug", "vm's") and in compound or glued words ("интернет-магазин").
 */
public final class CharacterNGrams implements FeatureGenerator {

    private final int min;
    private final int max;

    public CharacterNGrams() {
        this(3, 5);
    }

    CharacterNGrams(int min, int max) {
        this.min = min;
        this.max = max;
    }

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        for (String word : words) {
            String marked = '<' + word + '>';
            for (int n = min; n <= max; n++) {
                for (int i = 0; i + n <= marked.length(); i++) {
                    features.add("c=" + marked.substring(i, i + n));
                }
            }
        }
        return features;
    }
}
