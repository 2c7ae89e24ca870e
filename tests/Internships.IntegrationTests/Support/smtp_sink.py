"""A loopback SMTP server for the tests: aiosmtpd, writing each accepted message into a maildir.

Usage: /usr/bin/python3 smtp_sink.py --port N --maildir DIR [--refuse-first K]
Each message file starts with an X-Envelope-To header naming the SMTP recipients and an X-Arrived header, the time it
was accepted in nanoseconds (the order of arrival, across restarts of the server). With --refuse-first K, the first
K messages are refused with a temporary error (451). While a file named "delay-ms" holding a number N sits in the
maildir, each message is accepted only after N milliseconds (a slow mail server, which a test can switch on and off
while the server runs). Prints READY once it listens; stops on SIGTERM.
"""
import argparse
import asyncio
import os
import signal
import threading
import time
import uuid

from aiosmtpd.controller import Controller


class MaildirHandler:
    def __init__(self, maildir, refuse_first):
        self.maildir = maildir
        self.refuse = refuse_first
        self.lock = threading.Lock()
        for sub in ("tmp", "new", "cur"):
            os.makedirs(os.path.join(maildir, sub), exist_ok=True)

    def delay_seconds(self):
        try:
            with open(os.path.join(self.maildir, "delay-ms")) as f:
                return int(f.read().strip() or "0") / 1000
        except (FileNotFoundError, ValueError):
            return 0

    async def handle_DATA(self, server, session, envelope):
        delay = self.delay_seconds()
        if delay > 0:
            await asyncio.sleep(delay)
        with self.lock:
            if self.refuse > 0:
                self.refuse -= 1
                return "451 4.3.0 Try again later"
            arrived = time.time_ns()
        name = uuid.uuid4().hex
        data = envelope.original_content or envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8")
        header = ("X-Envelope-To: " + ", ".join(envelope.rcpt_tos) + "\r\nX-Arrived: " + str(arrived) + "\r\n").encode("utf-8")
        tmp = os.path.join(self.maildir, "tmp", name)
        with open(tmp, "wb") as f:
            f.write(header + data)
        os.rename(tmp, os.path.join(self.maildir, "new", name))
        return "250 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--refuse-first", type=int, default=0)
    args = parser.parse_args()
    controller = Controller(MaildirHandler(args.maildir, args.refuse_first), hostname="127.0.0.1", port=args.port)
    controller.start()
    print("READY", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
