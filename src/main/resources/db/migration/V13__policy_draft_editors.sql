-- Who changed the files of each draft (issue 15 M2). Four eyes: the author, the submitter and every editor of
-- a draft are refused when they try to approve or publish it. Drafts edited before this migration know only
-- their author and submitter.
CREATE TABLE policy_draft_editor (
    draft_id      BIGINT       NOT NULL REFERENCES policy_draft (id),
    editor        VARCHAR(200) NOT NULL,
    first_edit_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (draft_id, editor)
);
