package org.supportdesk.appeal;

/** A checked upload: safe display name, type detected from the content, the bytes. */
public record StoredFile(String fileName, String contentType, byte[] content) {
}
