"""A bare PySide6 window, frozen the same way as the console, as the yardstick for start-up and size."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv)
    window = QLabel("Hello")
    window.resize(400, 200)
    window.show()

    def shown() -> None:
        print("shown", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
