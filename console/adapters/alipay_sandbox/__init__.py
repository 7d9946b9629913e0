"""The project's own Alipay sandbox: a simulated remote party speaking the gateway protocol on loopback.

It is not part of our system: it keeps its own state (memory + a JSON file in its own folder) and its
own keys, and talks to us only over HTTP, exactly like Alipay does.
"""

from console.adapters.alipay_sandbox.keys import SANDBOX_APP_ID, SANDBOX_SELLER_ID, SandboxKeys, ensure_keys
from console.adapters.alipay_sandbox.server import Sandbox

__all__ = ["SANDBOX_APP_ID", "SANDBOX_SELLER_ID", "Sandbox", "SandboxKeys", "ensure_keys"]
