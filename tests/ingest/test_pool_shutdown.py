"""An interrupted parallel run ends its pool completely before it reports: the pool's manager thread is gone,
so nothing of the pool is left for Python's exit to trip over (a "Bad file descriptor" traceback after the
run had said it was interrupted)."""

from __future__ import annotations

import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor

from asn_skills.ingest.batch import POOL_END_SECONDS, _shut_down_now


def test_a_pool_shut_down_now_has_no_manager_thread_left():
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    pool = ProcessPoolExecutor(max_workers=2, mp_context=context)
    pool.submit(time.sleep, 30)
    deadline = time.monotonic() + 30
    while len(pool._processes or {}) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    manager = pool._executor_manager_thread
    assert manager is not None and manager.is_alive()
    for process in list(pool._processes.values()):
        process.kill()
    started = time.monotonic()
    _shut_down_now(pool)
    assert not manager.is_alive()
    assert time.monotonic() - started < POOL_END_SECONDS
