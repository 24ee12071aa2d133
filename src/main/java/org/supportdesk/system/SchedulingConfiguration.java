package org.supportdesk.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background pollers: the outbox sender and the mailbox reader. Both are safe on every node of a
 * cluster, so neither needs a lock across nodes: each outbox message is claimed with a lease by one
 * sender, and a mail two nodes read at once is taken in once (its Message-ID is unique in
 * {@code channel_receipt}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
