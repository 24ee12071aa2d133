-- A customer's reply after resolution reopens the appeal; the resolution clock restarts then.
ALTER TABLE appeal ADD COLUMN reopened_at TIMESTAMP WITH TIME ZONE;
