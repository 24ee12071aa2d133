package org.supportdesk.channel.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The two text helpers of mail parsing: the quoted previous message cut, HTML turned into text. */
class MailTextTest {

    private static final String REPLY = "It works again, thank you.";

    @Test
    void gmailQuoteWithAttributionIsCut() {
        assertThat(QuotedReply.strip(REPLY + "\n\nOn Tue, 3 Mar 2026 at 10:15, Support Desk <support@desk.test> wrote:\n"
                + "\n> Hello Anna,\n>\n> please check again.\n")).isEqualTo(REPLY);
    }

    @Test
    void attributionWrappedOverTwoLinesIsCut() {
        assertThat(QuotedReply.strip(REPLY + "\n\nOn Tue, 3 Mar 2026 at 10:15, Support Desk <\nsupport@desk.test> wrote:\n"
                + "> please check again.")).isEqualTo(REPLY);
    }

    @Test
    void russianAttributionsAreCut() {
        assertThat(QuotedReply.strip("Спасибо, заработало.\n\n3 марта 2026 г., в 10:15, Support Desk "
                + "<support@desk.test> написал(а):\n\n> Проверьте, пожалуйста.\n")).isEqualTo("Спасибо, заработало.");
        assertThat(QuotedReply.strip("Спасибо.\n\n03.03.2026 10:15, Support Desk пишет:\n> Проверьте.\n"))
                .isEqualTo("Спасибо.");
        assertThat(QuotedReply.strip("Спасибо.\n\nвт, 3 мар. 2026 г. в 10:15, Support Desk <support@desk.test>:\n"
                + "> Проверьте.")).isEqualTo("Спасибо.");
    }

    @Test
    void outlookHeaderBlockAndOriginalMessageLineAreCut() {
        assertThat(QuotedReply.strip(REPLY + "\n\nFrom: Support Desk <support@desk.test>\n"
                + "Sent: Tuesday, March 3, 2026 10:15 AM\nTo: Anna Petrova\nSubject: [SD-100123] Re: VPN\n\n"
                + "Hello Anna,\nplease check again.")).isEqualTo(REPLY);
        assertThat(QuotedReply.strip("Спасибо.\n\nОт: Support Desk <support@desk.test>\n"
                + "Отправлено: 3 марта 2026 г. 10:15\nКому: Иван\nТема: [SD-100123] Ответ")).isEqualTo("Спасибо.");
        assertThat(QuotedReply.strip(REPLY + "\n-----Original Message-----\nFrom: Support Desk\nplease check"))
                .isEqualTo(REPLY);
    }

    @Test
    void trailingQuoteWithoutAttributionIsCutToo() {
        assertThat(QuotedReply.strip(REPLY + "\n\n> please check again.\n> Support")).isEqualTo(REPLY);
    }

    @Test
    void answersBetweenQuotesStay() {
        String interleaved = "> Which region?\neu-west\n> Since when?\nSince Monday 08:40";

        assertThat(QuotedReply.strip(interleaved)).isEqualTo(interleaved);
    }

    @Test
    void aMailThatIsOnlyAQuoteIsKeptWhole() {
        String onlyQuote = "On Tue, 3 Mar 2026 at 10:15, Support Desk <support@desk.test> wrote:\n> please check";

        assertThat(QuotedReply.strip(onlyQuote)).isEqualTo(onlyQuote);
    }

    @Test
    void htmlBecomesLinesWithEntitiesDecoded() {
        String html = """
                <html><head><title>t</title><style>div { color: red }</style></head>
                <body><script>alert(1)</script><!-- tracking -->
                <div>Hello&nbsp;team,</div><div><br></div>
                <p>Errors &lt;500&gt; since 08:40 &mdash; &#171;shop&#187; &amp; &#x41;PI.</p>
                <table><tr><td>host</td><td>app-7</td></tr><tr><td>cpu</td><td>100%</td></tr></table>
                <pre>line 1
                  line 2</pre>
                </body></html>""";

        assertThat(HtmlText.toPlainText(html)).isEqualTo("""
                Hello team,

                Errors <500> since 08:40 — «shop» & API.
                host app-7
                cpu 100%
                line 1
                  line 2""");
    }

    @Test
    void blockquotesBecomeQuotedLines() {
        String html = "<div>Yes, done.</div><div>On Mon, Support wrote:</div>"
                + "<blockquote>Did it work?<blockquote>Old question</blockquote></blockquote>";

        assertThat(HtmlText.toPlainText(html))
                .isEqualTo("Yes, done.\nOn Mon, Support wrote:\n> Did it work?\n> > Old question");
        assertThat(QuotedReply.strip(HtmlText.toPlainText(html))).isEqualTo("Yes, done.");
    }

    @Test
    void linkAddressIsKeptWhenItsTextHidesIt() {
        assertThat(HtmlText.toPlainText("See <a href=\"https://status.example.com/i/42\">the incident</a> and "
                + "<a href='https://example.com'>https://example.com</a>."))
                .isEqualTo("See the incident <https://status.example.com/i/42> and https://example.com.");
    }
}
