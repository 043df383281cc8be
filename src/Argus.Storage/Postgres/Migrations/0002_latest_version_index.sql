-- The latest-visible-version check (no later version of the same playbook at or below the caller's clearance) runs
-- once per listed row: with the classification in the index it is answered from the index alone.
CREATE INDEX ix_playbook_versions_org_playbook_class ON playbook_versions (organisation_id, playbook_id, modified_us, version_key)
    INCLUDE (classification);
DROP INDEX ix_playbook_versions_org_playbook;
