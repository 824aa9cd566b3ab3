"""One site's shared frontier in Redis: the request queue, the seen-set, the job, the workers
and each worker's in-flight requests.

Keys (``P`` = ``NEWSCRAWL_REDIS_PREFIX``, default ``newscrawl``; ``S`` = the site profile):

  P:S:requests        sorted set: scrapy-redis's priority queue of encoded requests
  P:S:dupefilter      set: fingerprints of every request ever queued in this job
  P:S:job             ``id@start``: the job id (a new one each time a job starts on an idle
                      frontier) and when it started (Redis clock, Unix seconds)
  P:S:workers         sorted set: worker name → time of its last heartbeat
  P:S:inflight:W      hash: requests worker W has taken and not finished (field → score|data)

A request moves from the queue to its worker's in-flight hash in one atomic step (a Lua
script), and leaves it only when it is done: a listing's links are queued, an article is
committed to the database (or dropped). A worker killed with SIGKILL stops beating; after
``ttl`` seconds any other worker (or the next one to start) moves its in-flight hash back to
the queue. Nothing is lost, and a re-fetched article that had been stored is found by URL in
the database: nothing is stored twice.
"""

from __future__ import annotations

import os
import socket
import uuid
from typing import Any

from redis import Redis
from redis.exceptions import ResponseError

# Pop the best request and record it as in flight, atomically (no window for a kill to lose it).
_POP = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return nil end
redis.call('ZREM', KEYS[1], r[1])
local field = redis.sha1hex(r[1])
redis.call('HSET', KEYS[2], field, r[2] .. '|' .. r[1])
return {field, r[1]}
"""
# Queue a request unless its fingerprint was seen in this job: one round trip, not two.
_PUSH = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""
# Start a new job if nothing is queued and no worker is alive; else join the current one.
_BEGIN = """
local live = redis.call('ZCOUNT', KEYS[2], ARGV[1], '+inf')
local job = redis.call('GET', KEYS[4])
if (redis.call('ZCARD', KEYS[1]) == 0 and live == 0) or not job then
  redis.call('DEL', KEYS[3])
  redis.call('SET', KEYS[4], ARGV[2] .. '@' .. ARGV[3])
  return {ARGV[2] .. '@' .. ARGV[3], 1}
end
return {job, 0}
"""


def worker_name() -> str:
    """``host.pid.random``: unique across machines and restarts."""
    return f"{socket.gethostname()}.{os.getpid()}.{uuid.uuid4().hex[:6]}"


class Frontier:
    """The Redis keys of one site's job, seen from one worker (or the enqueue command)."""

    def __init__(
        self, server: Redis, prefix: str, site: str, worker: str = "", ttl: float = 15.0
    ) -> None:
        self.server = server
        self.base = f"{prefix}:{site}"
        self.worker = worker
        self.ttl = ttl
        self.queue_key = f"{self.base}:requests"
        self.dupefilter_key = f"{self.base}:dupefilter"
        self.job_key = f"{self.base}:job"
        self.workers_key = f"{self.base}:workers"
        self._pop = server.register_script(_POP)
        self._begin = server.register_script(_BEGIN)
        self._push = server.register_script(_PUSH)
        self.requeued = 0

    def inflight_key(self, worker: str | None = None) -> str:
        return f"{self.base}:inflight:{worker or self.worker}"

    # -- jobs and workers ------------------------------------------------------------------
    def begin_job(self) -> tuple[str, float, bool]:
        """``(job id, job start time, started now?)``: a new job (seen-set cleared) when the
        frontier is idle and no worker is alive, else the running job. Dead workers'
        requests are re-queued first (``self.requeued`` counts them)."""
        self.requeued = self.reclaim_dead()
        got, started = self._begin(
            keys=[self.queue_key, self.workers_key, self.dupefilter_key, self.job_key],
            args=[self.now() - self.ttl, uuid.uuid4().hex[:16], f"{self.now():.3f}"],
        )
        job, _, since = _str(got).partition("@")
        return job, float(since or 0), bool(started)

    def now(self) -> float:
        """The Redis server's clock: workers on machines whose clocks differ agree on it."""
        seconds, micros = self.server.time()
        return float(seconds) + float(micros) / 1e6

    def beat(self) -> None:
        self.server.zadd(self.workers_key, {self.worker: self.now()})

    def leave(self, requeue: bool = False) -> None:
        """This worker stops. ``requeue``: what it has in flight goes back to the queue;
        else nothing of it is in flight any more (a finished crawl)."""
        self.server.zrem(self.workers_key, self.worker)
        if requeue:
            self.reclaim(self.worker)
        else:
            self.server.delete(self.inflight_key())

    def reclaim_dead(self) -> int:
        """Put the in-flight requests of workers silent for ``ttl`` back in the queue."""
        cutoff = self.now() - self.ttl
        dead = {_str(w) for w in self.server.zrangebyscore(self.workers_key, "-inf", cutoff)}
        live = {_str(w) for w in self.server.zrangebyscore(self.workers_key, cutoff, "+inf")}
        keys = self.server.scan_iter(self.inflight_key("*"))
        orphans = {_str(k).rsplit(":", 1)[1] for k in keys}  # in flight, not beating
        return sum(self.reclaim(w) for w in dead | (orphans - live - {self.worker}))

    def reclaim(self, worker: str) -> int:
        """Move ``worker``'s in-flight requests back to the queue; how many."""
        claim = f"{self.base}:reclaiming:{uuid.uuid4().hex}"
        try:
            self.server.rename(self.inflight_key(worker), claim)  # atomic: one claimant
        except ResponseError:  # no such key: nothing in flight, or claimed by another
            self.server.zrem(self.workers_key, worker)
            return 0
        entries = self.server.hgetall(claim)
        pipe = self.server.pipeline()
        for value in entries.values():
            score, _, data = _bytes(value).partition(b"|")
            pipe.zadd(self.queue_key, {data: float(score)})
        pipe.delete(claim)
        pipe.zrem(self.workers_key, worker)
        pipe.execute()
        return len(entries)

    # -- requests --------------------------------------------------------------------------
    def pop(self) -> tuple[str, bytes] | None:
        """``(in-flight field, encoded request)`` of the best queued request, or None."""
        got = self._pop(keys=[self.queue_key, self.inflight_key()])
        return (_str(got[0]), _bytes(got[1])) if got else None

    def push_new(self, fingerprint: str, data: bytes, priority: int) -> bool:
        """Queue an encoded request if ``fingerprint`` is new to this job; True if queued."""
        added = self._push(
            keys=[self.dupefilter_key, self.queue_key], args=[fingerprint, -priority, data]
        )
        return bool(added)

    def ack(self, *fields: str) -> None:
        """These requests are done."""
        if fields:
            self.server.hdel(self.inflight_key(), *fields)

    def ack_all_except(self, keep: set[str]) -> None:
        """Everything in flight is done but ``keep`` (the engine is idle)."""
        done = [f for f in map(_str, self.server.hkeys(self.inflight_key())) if f not in keep]
        self.ack(*done)

    def queued(self) -> int:
        return int(self.server.zcard(self.queue_key))

    def busy(self) -> int:
        """Requests queued plus requests in flight at live workers."""
        live = self.server.zrangebyscore(self.workers_key, self.now() - self.ttl, "+inf")
        pipe = self.server.pipeline()
        for worker in live:
            pipe.hlen(self.inflight_key(_str(worker)))
        return self.queued() + sum(int(n) for n in pipe.execute())

    def reset(self) -> None:
        """Forget the job entirely (tests, or an operator starting over)."""
        keys = list(self.server.scan_iter(f"{self.base}:*"))
        if keys:
            self.server.delete(*keys)


def _str(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _bytes(value: Any) -> bytes:
    return value if isinstance(value, bytes) else str(value).encode("latin-1")
