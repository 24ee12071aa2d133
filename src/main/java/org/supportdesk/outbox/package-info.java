/**
 * The outbox store's one door for writing: features (through the channels' routing) enqueue a typed
 * draft inside their own transaction, so a message and its delivery commit together or not at all.
 * The channels read the store and deliver. Imports no feature and no channel.
 */
package org.supportdesk.outbox;
