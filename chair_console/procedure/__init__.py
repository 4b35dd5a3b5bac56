"""The rules of procedure and the meeting reducer.

Plain Python only: nothing in this package may import Qt, SQLAlchemy or reportlab
(tests/procedure/test_independence.py checks it). The meeting state is a pure
function of the event log: ``replay(events)``.
"""
