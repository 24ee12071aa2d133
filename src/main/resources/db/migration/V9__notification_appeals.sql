-- Appeals customers opened about a notified event, linked by agents and answered with its updates.
CREATE TABLE notification_appeal (
    notification_id BIGINT NOT NULL REFERENCES service_notification (id),
    appeal_id       BIGINT NOT NULL REFERENCES appeal (id),
    linked_by       VARCHAR(100),
    linked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (notification_id, appeal_id)
);
