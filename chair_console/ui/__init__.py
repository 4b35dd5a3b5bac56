"""The Qt user interface. Widgets show state and send actions; they hold no rule logic
and never touch the database (they go through ui/controller.py to the service)."""
