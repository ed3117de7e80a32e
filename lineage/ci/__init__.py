"""CI: the snapshot diff, the policy file and its rules, baselines and check reports."""
