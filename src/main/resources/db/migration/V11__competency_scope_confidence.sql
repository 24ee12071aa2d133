-- The competency decision weighs the classifier's confidence in the suggested category's scope (out
-- of scope, Managed Services or in scope), not the category's own: keep the one the decision used.
-- Decisions recorded before have none (NULL): their scope confidence was not kept.
ALTER TABLE competency_decision ADD COLUMN scope_confidence DOUBLE PRECISION;
