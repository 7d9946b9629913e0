"""Sign-in dialog. The check runs off the GUI thread; failures and lockouts are shown inline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.services.errors import ServiceError
from console.services.rows import OperatorIdentity
from console.views.api import ConsoleApi
from console.views.async_call import run_service, spawn

DEMO_ACCOUNTS = (("merchant", "MERCHANT"), ("support", "SUPPORT"), ("admin", "ADMIN"))
DEMO_PASSWORD = "demo"


class SignInDialog(QDialog):
    def __init__(self, api: ConsoleApi, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.identity: OperatorIdentity | None = None
        self.setWindowTitle(self.tr("Order Console — sign in"))
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        if demo:
            lines = ", ".join(f"<b>{u}</b> ({self.tr(r.title())})" for u, r in DEMO_ACCOUNTS)
            hint = QLabel(self.tr("Demo accounts: ") + lines + self.tr(" — password ") +
                          f"<b>{DEMO_PASSWORD}</b>")
            hint.setTextFormat(Qt.TextFormat.RichText)
            hint.setWordWrap(True)
            hint.setObjectName("demoHint")
            layout.addWidget(hint)
            self.username.setText("merchant")
        self.error = QLabel("")
        self.error.setObjectName("signinError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.password if demo else self.username).setFocus()

    def submit(self) -> None:
        spawn(self.try_sign_in())

    async def try_sign_in(self) -> bool:
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Signing in…"))
        try:
            self.identity = await run_service(self.api.sign_in, self.username.text(), self.password.text())
        except ServiceError as exc:
            self.error.setText(str(exc))
            self.password.selectAll()
            return False
        except Exception as exc:  # database unreachable: say so, keep the dialog
            self.error.setText(self.tr("Cannot reach the database: ") + str(exc).splitlines()[0])
            return False
        finally:
            self.buttons.setEnabled(True)
        self.accept()
        return True
