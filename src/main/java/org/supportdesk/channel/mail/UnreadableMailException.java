package org.supportdesk.channel.mail;

/** A mail that can never become an appeal, however often it is read: there is no one to answer. */
class UnreadableMailException extends Exception {

    UnreadableMailException(String message) {
        super(message);
    }
}
