-- A staff notice keeps what it says as parts (the numbers, instants and values it mentions); its words
-- are written when someone reads it, in the reader's language and time zone. Rows written before keep
-- their bilingual body and are shown as they are; new rows have no body.
ALTER TABLE staff_notification ALTER COLUMN body DROP NOT NULL;
-- what the notice is about when it is no appeal: a cost request's number
ALTER TABLE staff_notification ADD COLUMN subject_number VARCHAR(32);
-- the deadline or moment the notice names
ALTER TABLE staff_notification ADD COLUMN mentioned_at TIMESTAMP WITH TIME ZONE;
-- a calendar day it names (the last day a quote is valid): a date, no zone
ALTER TABLE staff_notification ADD COLUMN mentioned_date DATE;
ALTER TABLE staff_notification ADD COLUMN channel VARCHAR(30);
ALTER TABLE staff_notification ADD COLUMN priority VARCHAR(20);
ALTER TABLE staff_notification ADD COLUMN company VARCHAR(200);
