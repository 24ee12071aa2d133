package org.supportdesk.appeal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Diagnostics customers may attach: screenshots, logs, archives, PDFs. The type is read from the
 * content, never from the client's header or file name.
 */
@Component
public class UploadPolicy {

    private static final int MAX_NAME_LENGTH = 120;
    /** The binary types we keep, known by their first bytes; anything else must be plain text. */
    private static final List<FileType> TYPES = List.of(
            new FileType("image/png", "png", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            new FileType("image/jpeg", "jpg", 0xFF, 0xD8, 0xFF),
            new FileType("image/gif", "gif", 'G', 'I', 'F', '8'),
            new FileType("application/pdf", "pdf", '%', 'P', 'D', 'F', '-'),
            new FileType("application/zip", "zip", 'P', 'K', 0x03, 0x04),
            new FileType("application/gzip", "gz", 0x1F, 0x8B));

    private final long maxFileBytes;
    private final int maxFiles;

    UploadPolicy(@Value("${supportdesk.attachments.max-file-size}") DataSize maxFileSize,
                 @Value("${supportdesk.attachments.max-files}") int maxFiles) {
        this.maxFileBytes = maxFileSize.toBytes();
        this.maxFiles = maxFiles;
    }

    public int maxFiles() {
        return maxFiles;
    }

    /** Channels stop downloading a platform's file beyond this. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Checks one upload; throws {@link InvalidRequestException} naming the field when refused. */
    public StoredFile check(String originalName, byte[] content) {
        if (content.length == 0) {
            throw new InvalidRequestException("attachments", "file " + safeName(originalName) + " is empty");
        }
        if (content.length > maxFileBytes) {
            throw new InvalidRequestException("attachments",
                    "file " + safeName(originalName) + " is larger than " + DataSize.ofBytes(maxFileBytes).toMegabytes() + " MB");
        }
        String type = detectType(content);
        if (type == null) {
            throw new InvalidRequestException("attachments", "file " + safeName(originalName)
                    + " is not an allowed type (images PNG/JPEG/GIF, PDF, ZIP, GZIP, plain-text logs)");
        }
        return new StoredFile(safeName(originalName), type, content);
    }

    /** Checks the files of one message: no more than allowed, each by {@link #check}. */
    List<StoredFile> checkAll(List<IntakeCommand.Upload> files) {
        if (files.size() > maxFiles) {
            throw new InvalidRequestException("attachments", "at most " + maxFiles + " files");
        }
        return files.stream().map(file -> check(file.fileName(), file.content())).toList();
    }

    /** The first type whose magic bytes the content starts with; else plain text, if it is. */
    static String detectType(byte[] c) {
        return TYPES.stream().filter(type -> startsWith(c, type.magic())).findFirst()
                .map(FileType::contentType).orElseGet(() -> isPlainText(c) ? "text/plain" : null);
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 without control characters other than whitespace: logs, configs, CSV. */
    private static boolean isPlainText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' && ch != '\f');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Display name only: no path, no control or markup characters. */
    static String safeName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (name.length() > MAX_NAME_LENGTH) {
            name = name.substring(name.length() - MAX_NAME_LENGTH);
        }
        return name.isEmpty() || name.chars().allMatch(ch -> ch == '.') ? "attachment" : name;
    }

    /** Served file name: generated, with an extension matching the detected type. */
    static String servedName(String appealNumber, long attachmentId, String contentType) {
        String extension = typeOf(contentType).map(FileType::extension).orElse("txt");
        return (appealNumber + "-" + attachmentId + "." + extension).toLowerCase(Locale.ROOT);
    }

    private static boolean allowedType(String contentType) {
        return typeOf(contentType).isPresent() || "text/plain".equals(contentType);
    }

    private static Optional<FileType> typeOf(String contentType) {
        return TYPES.stream().filter(type -> type.contentType().equals(contentType)).findFirst();
    }

    /** The files of a multipart request as received; a part without name and content is no file. */
    public static List<IntakeCommand.Upload> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> !f.isEmpty() || f.getOriginalFilename() != null && !f.getOriginalFilename().isEmpty())
                .map(f -> {
                    try {
                        return new IntakeCommand.Upload(f.getOriginalFilename(), f.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
    }

    /** A stored file served as a download under a generated name, never rendered by the browser. */
    public static ResponseEntity<byte[]> download(StoredFile file, String appealNumber, long attachmentId) {
        return ResponseEntity.ok()
                .contentType(allowedType(file.contentType())
                        ? MediaType.parseMediaType(file.contentType()) : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(servedName(appealNumber, attachmentId, file.contentType())).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private record FileType(String contentType, String extension, int... magic) {
    }
}
