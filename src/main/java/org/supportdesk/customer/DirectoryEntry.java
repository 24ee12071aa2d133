package org.supportdesk.customer;

import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;

/**
 * One line of a directory import: a contact of a customer and, when {@code projectCode} is given,
 * the project they are told about (as owner).
 */
public record DirectoryEntry(String login, String company, Language language, String projectCode,
                             String projectName, String region, String contactName, Channel channel,
                             String address, boolean owner) {
}
