"""Database errors told apart: an outage (retry later, spool) or an error about the data."""

from __future__ import annotations

from sqlalchemy import exc as sa_exc

#: MySQL error numbers that mean "not reachable right now", not "bad data" (the driver maps
#: many data errors, e.g. 1292 incorrect datetime, to OperationalError as well).
_MYSQL_OUTAGE = {1040, 1042, 1043, 1045, 1053, 1077, 1129, 1130, 1152, 1158, 1159, 1160, 1161}
_MYSQL_OUTAGE |= {1205, 1213, 1927, 3024}


def is_outage(exc: BaseException) -> bool:
    """True for a database that is unreachable or busy, False for an error about the data."""
    if isinstance(exc, sa_exc.DBAPIError):
        if exc.connection_invalidated:
            return True
        if isinstance(exc, sa_exc.InterfaceError | sa_exc.DisconnectionError):
            return True
        if isinstance(exc, sa_exc.OperationalError):
            errno = exc.orig.args[0] if exc.orig is not None and exc.orig.args else None
            if isinstance(errno, int):  # pymysql: (errno, message)
                return errno >= 2000 or errno in _MYSQL_OUTAGE
            return True  # SQLite (locked, I/O), PostgreSQL (SQLSTATE 08, 53, 57, 40…)
        return False
    if isinstance(exc, sa_exc.DisconnectionError | sa_exc.TimeoutError):
        return True
    return isinstance(exc, ConnectionError | TimeoutError | OSError)
