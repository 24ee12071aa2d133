package org.supportdesk.competency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Words to stems for the classifier, the same for Russian and English in one text (customers mix
 * them: a Russian question with an English stack trace). Lucene's Unicode tokenizer, lower case,
 * then the Russian Snowball stemmer (which leaves Latin words alone) and the Porter stemmer (which
 * leaves Cyrillic words alone). Stop words stay: "our", "for us", "ваш", "нам" tell a request for
 * work ("write us a bot") from a question about our service. Thread-safe: Lucene keeps one token
 * stream per thread.
 */
final class TextTokens {

    /** Longer texts are cut: the first part says what the customer wants; a pasted log adds nothing. */
    static final int MAX_CHARS = 4000;

    private final Analyzer analyzer;
    private final boolean stems;

    TextTokens(boolean stems) {
        this.stems = stems;
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer));
                if (stems) {
                    stream = new PorterStemFilter(new SnowballFilter(stream, new RussianStemmer()));
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    boolean stems() {
        return stems;
    }

    String[] of(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", cut.replace('ё', 'е').replace('Ё', 'Е'))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens.toArray(String[]::new);
    }
}
