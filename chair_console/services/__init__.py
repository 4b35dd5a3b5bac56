"""The service layer: the one path by which the UI (and the simulator) change a meeting, and each use case
once, called by both the menu and the command line: imports.py (council, agenda), meetings.py (a new meeting,
the meeting a command acts on), records.py (minutes, exports), verification.py (checking the log and file)."""
