"""The service layer: the one path by which the UI (and the simulator) change a meeting."""
