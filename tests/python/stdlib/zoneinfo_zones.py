# zoneinfo over the runtime's own copy of the time zone database: offsets, names and
# daylight saving, folds and gaps, conversions, the cache, pickling and key validation.
from datetime import datetime, timedelta, timezone
import pickle
import zoneinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

ny = ZoneInfo("America/New_York")
print(ny, repr(ny), ny.key)

# Standard and daylight time.
for month in (1, 7):
    dt = datetime(2021, month, 15, 12, tzinfo=ny)
    print(dt.isoformat(), dt.tzname(), dt.utcoffset(), dt.dst())

# The spring gap and the autumn fold.
gap = datetime(2021, 3, 14, 2, 30, tzinfo=ny)
print(gap.utcoffset(), gap.replace(fold=1).utcoffset())
fold0 = datetime(2021, 11, 7, 1, 30, tzinfo=ny)
fold1 = fold0.replace(fold=1)
print(fold0.tzname(), fold1.tzname(), fold0.utcoffset(), fold1.utcoffset())
print(fold0.astimezone(timezone.utc), fold1.astimezone(timezone.utc))

# Conversions between zones, through UTC and back.
utc = datetime(2021, 6, 30, 23, 59, tzinfo=timezone.utc)
for key in ["Europe/Paris", "Asia/Tokyo", "Asia/Kolkata", "Australia/Adelaide",
            "America/Sao_Paulo", "Pacific/Chatham", "Africa/Cairo", "UTC"]:
    local = utc.astimezone(ZoneInfo(key))
    print(f"{key:20} {local.isoformat()} {local.tzname()}", local.astimezone(timezone.utc) == utc)

# Arithmetic is wall-clock within one zone.
start = datetime(2021, 3, 13, 12, tzinfo=ny)
later = start + timedelta(days=1)
print(later, later - start, later.astimezone(timezone.utc) - start.astimezone(timezone.utc))

# A zone's history: India's offset before 1942, and a far-future date from the rule.
print(datetime(1900, 1, 1, tzinfo=ZoneInfo("Asia/Kolkata")).utcoffset())
print(datetime(2100, 1, 15, tzinfo=ZoneInfo("Australia/Sydney")).tzname())
print(datetime(2100, 7, 15, tzinfo=ZoneInfo("Europe/London")).tzname())

# The cache: the same key gives the same object until it is cleared; no_cache makes a new one.
print(ZoneInfo("Europe/Berlin") is ZoneInfo("Europe/Berlin"))
fresh = ZoneInfo.no_cache("Europe/Berlin")
print(fresh is ZoneInfo("Europe/Berlin"), fresh.key == "Europe/Berlin")
berlin = ZoneInfo("Europe/Berlin")
ZoneInfo.clear_cache()
print(ZoneInfo("Europe/Berlin") is berlin)

# Pickling keeps the key; a cached zone comes back as the cached object.
print(pickle.loads(pickle.dumps(ny)) is ny)
print(pickle.loads(pickle.dumps(fresh)).key)

# The list of zones.
zones = available_timezones()
print(len(zones) > 400, "Europe/London" in zones, "America/New_York" in zones,
      "posixrules" in zones, all(isinstance(z, str) for z in zones))

# Keys that name no zone, or no relative path.
for bad in ["America/Nowhere", "america/new_york", "Europe", "../etc/passwd", "/UTC", ""]:
    try:
        ZoneInfo(bad)
        print("found", bad)
    except ZoneInfoNotFoundError as e:
        print("ZoneInfoNotFoundError", e)
    except ValueError as e:
        print("ValueError", e)
try:
    ZoneInfo(5)
except TypeError as e:
    print("TypeError")


class Zone(ZoneInfo):
    pass


print(repr(Zone("Asia/Tokyo")), isinstance(Zone("Asia/Tokyo"), ZoneInfo))
