package org.supportdesk.appeal;

import java.util.List;
import java.util.Set;

import org.supportdesk.input.StorableText;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;

/**
 * What a platform delivered, in our terms: every inbound adapter turns its payload into this and
 * hands it to {@link AppealInbox}, the core's one inbound port. A platform's message is always taken
 * in: text the database cannot hold (NUL, broken surrogate pairs) is cleaned here, names and
 * subjects are cut to their columns, so a message is never refused forever (the platform would redeliver it again and again).
 *
 * @param deliveryId        the platform's id for this delivery (update_id, event_id, mid, Message-ID);
 *                          a second delivery with the same id is a retry and is ignored
 * @param senderAddress     where replies go (chat id, peer id, PSID, mail address)
 * @param threadReferences  ids of earlier messages this one answers (mail In-Reply-To and References)
 * @param subjectNumber     an appeal number quoted in the subject, if any
 * @param automatic         sent by a machine on the customer's side (out of office, bounce, bulk)
 * @param fileReferences    files the platform keeps for us: fetched after the platform has its answer
 */
public record InboundMessage(
        Channel channel,
        String deliveryId,
        String senderAddress,
        String senderName,
        String subject,
        String text,
        List<IntakeCommand.Upload> attachments,
        List<String> threadReferences,
        String subjectNumber,
        boolean automatic,
        List<FileReference> fileReferences) {

    static final int MAX_NAME = 200;
    static final int MAX_SUBJECT = 300;
    /** The queue's column; a longer reference (no platform sends one) counts as no address. */
    static final int MAX_REFERENCE = 4000;

    public InboundMessage {
        attachments = attachments == null ? List.of() : attachments.stream()
                .map(file -> new IntakeCommand.Upload(StorableText.clean(file.fileName()), file.content())).toList();
        threadReferences = threadReferences == null ? List.of()
                : threadReferences.stream().map(StorableText::clean).toList();
        text = text == null ? "" : StorableText.clean(text).strip();
        deliveryId = StorableText.clean(deliveryId);
        senderAddress = StorableText.clean(senderAddress);
        senderName = StorableText.cleanAndCut(senderName, MAX_NAME);
        subject = StorableText.cleanAndCut(subject, MAX_SUBJECT);
        subjectNumber = StorableText.clean(subjectNumber);
        fileReferences = fileReferences == null ? List.of() : fileReferences.stream()
                .map(file -> new FileReference(StorableText.cleanAndCut(file.fileName(), MAX_NAME), file.declaredSize(),
                        reference(file.reference())))
                .toList();
    }

    private static String reference(String reference) {
        String clean = StorableText.clean(reference);
        return clean == null || clean.length() > MAX_REFERENCE ? null : clean;
    }

    /**
     * A chat message: no subject, no threading beyond "the customer's open appeal here"; its files
     * stay on the platform until the core fetches them.
     */
    public static InboundMessage chat(Channel channel, String deliveryId, String senderAddress, String senderName,
                                      String text, List<FileReference> files) {
        return new InboundMessage(channel, deliveryId, senderAddress, senderName, null, text, List.of(), List.of(),
                null, false, files);
    }

    /**
     * A file a platform keeps for us: its name, the size the platform declares (0 when it does not
     * say) and the platform's reference to it (a Telegram file_id, a VK or Messenger address), kept
     * with the message until the file is fetched.
     */
    public record FileReference(String fileName, long declaredSize, String reference) {
    }

    /** Fetches the files the platforms of these channels keep, by their reference, reading at most {@code maxBytes}. */
    public interface FileSource {

        Set<Channel> channels();

        Fetched fetch(String reference, long maxBytes);
    }

    /** Why a file was not kept, in words for staff in both languages, and whether trying later can help. */
    public enum Failure {
        NO_ADDRESS("no address to fetch it from", "нет адреса, откуда его получить", false),
        GONE("no longer on the platform", "файла больше нет на платформе", false),
        TOO_LARGE("larger than allowed", "больше допустимого размера", false),
        EMPTY("empty", "файл пустой", false),
        TYPE_NOT_ALLOWED("not an allowed type", "недопустимый тип файла", false),
        UNAVAILABLE("the platform did not give it out", "платформа его не отдала", true),
        /** more files than one message may bring */
        TOO_MANY("too many files", "слишком много файлов", false),
        /** a mail's attachment that could not be decoded */
        UNREADABLE("it could not be read", "его не удалось прочитать", false);

        private final String english;
        private final String russian;
        private final boolean retryable;

        Failure(String english, String russian, boolean retryable) {
            this.english = english;
            this.russian = russian;
            this.retryable = retryable;
        }

        /** A platform's HTTP status: a missing or forbidden file stays so, the rest may pass. */
        public static Failure ofHttpStatus(int status) {
            return status / 100 == 4 && status != 408 && status != 429 ? GONE : UNAVAILABLE;
        }

        /** Why {@link UploadPolicy#check} refused this content, in the order it checks. */
        static Failure refused(byte[] content, long maxBytes) {
            return content.length == 0 ? EMPTY : content.length > maxBytes ? TOO_LARGE : TYPE_NOT_ALLOWED;
        }

        public boolean retryable() {
            return retryable;
        }

        /**
         * The note the desk puts into the customer's own text where a file was left out, in the language of
         * that text: the customer reads it on their appeal's page, and the agent reads the customer's
         * language anyway. E.g. "[Файл не сохранён: scan.pdf (больше допустимого размера)]".
         */
        public String noteInText(String fileName, Language language) {
            return language == Language.RU ? "[Файл не сохранён: " + fileName + " (" + russian + ")]"
                    : "[File not kept: " + fileName + " (" + english + ")]";
        }

        /** The staff note: "File not kept: name (reason) / Файл не сохранён: name (причина)". */
        String note(String fileName) {
            return "File not kept: " + fileName + " (" + english + ") / Файл не сохранён: " + fileName + " ("
                    + russian + ")";
        }
    }

    /** A fetched file's bytes, or why there are none. */
    public record Fetched(byte[] content, Failure failure) {

        public static Fetched of(byte[] content) {
            return new Fetched(content, null);
        }

        public static Fetched failed(Failure why) {
            return new Fetched(null, why);
        }

        public boolean succeeded() {
            return content != null;
        }
    }
}
