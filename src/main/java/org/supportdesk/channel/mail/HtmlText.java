package org.supportdesk.channel.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The text of an HTML-only mail as a person reads it: no markup, entities decoded, one line per
 * paragraph, line break or list item. Quoted blocks ({@code <blockquote>}) come out as
 * "&gt; " lines, so a reply's quoted part is cut the same way as in a plain-text mail.
 */
final class HtmlText {

    private static final Pattern INVISIBLE = Pattern.compile(
            "(?is)<!--.*?-->|<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile(
            "<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>");
    private static final Pattern HREF = Pattern.compile("(?i)\\bhref\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\n\\f]+");

    /** Tags that end the current line where they open or close. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "tr", "table", "ul", "ol", "li", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "address", "section", "article", "header",
            "footer", "dl", "dt", "dd", "center", "form", "fieldset", "body", "html");

    private HtmlText() {
    }

    static String toPlainText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Lines lines = new Lines();
        String visible = INVISIBLE.matcher(html).replaceAll(" ");
        Matcher tag = TAG.matcher(visible);
        int quoteDepth = 0;
        int preDepth = 0;
        String pendingLink = null;
        int position = 0;
        while (tag.find()) {
            lines.text(visible.substring(position, tag.start()), quoteDepth, preDepth > 0);
            position = tag.end();
            boolean closing = !tag.group(1).isEmpty();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            switch (name) {
                case "br" -> lines.lineBreak(quoteDepth);
                case "blockquote" -> {
                    lines.endLine();
                    quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
                }
                case "pre" -> {
                    lines.endLine();
                    preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
                }
                case "li" -> {
                    lines.endLine();
                    if (!closing) {
                        lines.text("- ", quoteDepth, true);
                    }
                }
                case "td", "th" -> {
                    if (!closing) {
                        lines.text(" ", quoteDepth, false);
                    }
                }
                case "a" -> {
                    if (closing) {
                        // a link's address matters to an agent when its text does not show it
                        if (pendingLink != null && !lines.currentLineContains(pendingLink)) {
                            lines.text(" <" + pendingLink + ">", quoteDepth, true);
                        }
                        pendingLink = null;
                    } else {
                        pendingLink = webLink(tag.group(3));
                    }
                }
                default -> {
                    if (BLOCKS.contains(name)) {
                        lines.endLine();
                    }
                }
            }
        }
        lines.text(visible.substring(position), quoteDepth, preDepth > 0);
        lines.endLine();
        return lines.joined();
    }

    private static String webLink(String attributes) {
        Matcher href = HREF.matcher(attributes);
        if (!href.find()) {
            return null;
        }
        String value = href.group(2) != null ? href.group(2) : href.group(3) != null ? href.group(3) : href.group(4);
        String link = HtmlUtils.htmlUnescape(value).strip();
        String lower = link.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? link : null;
    }

    /** Output lines, each remembering how deep in quotes it started. */
    private static final class Lines {

        private final List<String> done = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private int lineQuoteDepth;

        void text(String raw, int quoteDepth, boolean keepWhitespace) {
            if (raw.isEmpty()) {
                return;
            }
            String decoded = HtmlUtils.htmlUnescape(keepWhitespace ? raw : WHITESPACE.matcher(raw).replaceAll(" "))
                    .replace('\u00A0', ' ');
            if (keepWhitespace && decoded.indexOf('\n') >= 0) {
                String[] parts = decoded.split("\r?\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        lineBreak(quoteDepth);
                    }
                    append(parts[i], quoteDepth, true);
                }
                return;
            }
            if (!keepWhitespace && !line.isEmpty() && line.charAt(line.length() - 1) == ' ') {
                // spaces on both sides of a tag are one space
                decoded = decoded.stripLeading();
            }
            append(decoded, quoteDepth, keepWhitespace);
        }

        private void append(String text, int quoteDepth, boolean keepWhitespace) {
            if (line.isEmpty()) {
                text = keepWhitespace ? text : text.stripLeading();
                if (text.isEmpty()) {
                    return;
                }
                lineQuoteDepth = quoteDepth;
            }
            line.append(text);
        }

        boolean currentLineContains(String text) {
            return line.indexOf(text) >= 0;
        }

        /** A {@code <br>}: ends the line, also an empty one. */
        void lineBreak(int quoteDepth) {
            if (line.isEmpty()) {
                lineQuoteDepth = quoteDepth;
            }
            finish();
        }

        /** A block boundary: ends the line if anything is on it. */
        void endLine() {
            if (!line.toString().isBlank()) {
                finish();
            } else {
                line.setLength(0);
            }
        }

        private void finish() {
            String text = line.toString().stripTrailing();
            done.add(lineQuoteDepth > 0 ? "> ".repeat(lineQuoteDepth) + text : text);
            line.setLength(0);
            lineQuoteDepth = 0;
        }

        String joined() {
            StringBuilder out = new StringBuilder();
            int blankRun = 0;
            for (String text : done) {
                boolean blank = text.isBlank() || text.strip().chars().allMatch(ch -> ch == '>');
                blankRun = blank ? blankRun + 1 : 0;
                if (blankRun <= 1) {
                    out.append(blank ? text.strip() : text).append('\n');
                }
            }
            return out.toString().strip();
        }
    }
}
