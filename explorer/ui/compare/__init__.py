"""The Compare tab: named scenarios side by side, measured against the base."""
