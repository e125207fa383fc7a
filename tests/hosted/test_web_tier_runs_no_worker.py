"""In hosted mode the web tier transcribes nothing itself: a recording queued while gunicorn
serves stays queued until a `secondround worker` process takes it (docs/hosting.md)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

from tests.cli.worker_process import SCRIPT, env_for, need_voice, queue_recording, row
from tests.hosted.test_gunicorn_serves_hosted_mode import KEY, ROOT, _free_port, _get
from tests.voice_clips import answer_clip


def test_recordings_wait_for_a_worker_process(tmp_path: Path) -> None:
    need_voice()
    home = tmp_path / "home"
    port = _free_port()
    env = env_for(
        home,
        DJANGO_SETTINGS_MODULE="secondround.web.settings",
        SECONDROUND_MODE="hosted",
        SECONDROUND_SECRET_KEY=KEY,
        SECONDROUND_ALLOWED_HOSTS="prep.example.org",
        SECONDROUND_BIND=f"127.0.0.1:{port}",
        SECONDROUND_WORKERS="2",
    )
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    pk = queue_recording(env, answer_clip(), owner="candidate@example.org")
    subprocess.run(
        [sys.executable, "-m", "django", "createcachetable"],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "--config",
            str(ROOT / "deploy" / "gunicorn.conf.py"),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        assert _get(f"http://127.0.0.1:{port}/accounts/login/")[0] == 200
        # serve's worker thread looks every half second; six seconds is plenty for one to act.
        time.sleep(6)
        assert row(home, "SELECT status FROM voice_recording WHERE id = ?", pk) == ("queued",)
        done = subprocess.run(
            [SCRIPT, "worker", "--batch"], capture_output=True, text=True, env=env, timeout=180
        )
        assert done.returncode == 0, done.stderr
        assert row(home, "SELECT status FROM voice_recording WHERE id = ?", pk) == ("done",)
    finally:
        server.terminate()
        server.wait(timeout=30)
