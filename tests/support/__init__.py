"""What the tests share that is neither a test nor a fixture: a stand-in callback endpoint,
faults only the tests stage, and the import graph. What scripts run as well (the fault matrix,
the load run, each vendor's test subject) is in scripts/drills/, which scripts and tests both
import; nothing under scripts/ imports from tests/."""
