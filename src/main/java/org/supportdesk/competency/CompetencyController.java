package org.supportdesk.competency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What modelers need to improve the classifier: the model in use, and the labelled examples triage
 * produced, as JSON to review or as corpus lines to paste into {@code processes/competency-corpus/}.
 */
@RestController
@RequestMapping("/api/competency")
class CompetencyController {

    static final int MAX_EXAMPLES = 5000;

    private final CompetencyModel model;
    private final CompetencyRecords records;
    private final Clock clock;

    CompetencyController(CompetencyModel model, CompetencyRecords records, Clock clock) {
        this.model = model;
        this.records = records;
        this.clock = clock;
    }

    record ModelView(String version, int corpusSize, String settings) {
    }

    @GetMapping("/model")
    ModelView model() {
        return new ModelView(model.version(), model.corpusSize(), ClassifierSettings.DEFAULT.toString());
    }

    /** Examples since a time (default: the last 30 days), newest first; optionally only where the agent disagreed. */
    @GetMapping(path = "/examples", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TriageExample> examples(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                 Instant since,
                                 @RequestParam(defaultValue = "false") boolean disagreements,
                                 @RequestParam(defaultValue = "500") int limit) {
        return records.examples(since(since), disagreements, limit(limit));
    }

    /** The same examples as corpus lines ({@code category<TAB>text}), ready to review and paste. */
    @GetMapping(path = "/examples.tsv", produces = "text/tab-separated-values;charset=UTF-8")
    ResponseEntity<String> corpusLines(@RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
                                       @RequestParam(defaultValue = "false") boolean disagreements,
                                       @RequestParam(defaultValue = "500") int limit) {
        String lines = records.examples(since(since), disagreements, limit(limit)).stream()
                .map(TriageExample::corpusLine).collect(Collectors.joining("\n", Corpus.HEADER + "\n", "\n"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/tab-separated-values;charset=UTF-8"))
                .body(lines);
    }

    private Instant since(Instant since) {
        return since != null ? since : clock.instant().minus(Duration.ofDays(30));
    }

    /** Clamped to 1..{@value #MAX_EXAMPLES}: a listing, nothing to refuse. */
    private static int limit(int limit) {
        return Math.max(1, Math.min(limit, MAX_EXAMPLES));
    }
}
