-- Messages that belong to no appeal (a Managed Services quote) carry their own reference number,
-- may name an address for answers, and may carry one document.
ALTER TABLE outbox_message ADD COLUMN reference VARCHAR(32);
ALTER TABLE outbox_message ADD COLUMN reply_to VARCHAR(320);
ALTER TABLE outbox_message ADD COLUMN document_name VARCHAR(255);
ALTER TABLE outbox_message ADD COLUMN document_type VARCHAR(100);
ALTER TABLE outbox_message ADD COLUMN document_content BYTEA;
