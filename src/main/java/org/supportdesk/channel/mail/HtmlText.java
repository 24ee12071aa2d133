package org.supportdesk.channel.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML-only mail as a person reads it: no markup, entities decoded, one line per
 * paragraph, line break or list item. Quoted blocks ({@code <blockquote>}) come out as
 * "&gt; " lines, so a reply's quoted part is cut the same way as in a plain-text mail. jsoup parses
 * the HTML as a browser would (broken markup included); this class only decides where lines end.
 */
final class HtmlText {

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
        Element body = Jsoup.parse(html).body();
        body.select("script, style, title").remove();
        LineWriter writer = new LineWriter();
        NodeTraversor.traverse(writer, body);
        writer.lines.endLine();
        return writer.lines.joined();
    }

    /** Walks the document in reading order and writes its lines. */
    private static final class LineWriter implements NodeVisitor {

        private final Lines lines = new Lines();
        private int quoteDepth;
        private int preDepth;
        private String pendingLink;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                lines.text(text.getWholeText(), quoteDepth, preDepth > 0);
            }
            else if (node instanceof Element element) {
                tag(element, false);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                tag(element, true);
            }
        }

        private void tag(Element element, boolean closing) {
            String name = element.normalName();
            switch (name) {
                case "br" -> {
                    if (!closing) {
                        lines.lineBreak(quoteDepth);
                    }
                }
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
                        pendingLink = webLink(element.attr("href"));
                    }
                }
                default -> {
                    if (BLOCKS.contains(name)) {
                        lines.endLine();
                    }
                }
            }
        }
    }

    private static String webLink(String href) {
        String link = href.strip();
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
            String decoded = (keepWhitespace ? raw : WHITESPACE.matcher(raw).replaceAll(" ")).replace('\u00A0', ' ');
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
