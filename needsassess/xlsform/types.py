"""pyxform's question types (after its own de-aliasing) and what each becomes here.

Checked against ``pyxform.question_type_dictionary.QUESTION_TYPE_DICT`` by a test, so a type pyxform
accepts is never unknown here: it is kept, approximated (with the reason) or dropped (with the reason);
the reasons are catalogue entries (``errors.xlsform_codes``), worded in the reader's language.
"""

from __future__ import annotations

from needsassess.errors.xlsform_codes import XLSFormReason as R

KEPT: dict[str, str] = {
    "text": "text", "string": "text", "q string": "text", "add text prompt": "text",
    "integer": "integer", "int": "integer", "q int": "integer", "add integer prompt": "integer",
    "decimal": "decimal", "q decimal": "decimal", "add decimal prompt": "decimal",
    "date": "date", "q date": "date", "add date prompt": "date",
    "time": "time",
    "geopoint": "geopoint", "gps": "geopoint", "location": "geopoint", "q geopoint": "geopoint",
    "q location": "geopoint", "add location prompt": "geopoint",
    "geotrace": "geotrace", "q geotrace": "geotrace", "geoshape": "geoshape", "q geoshape": "geoshape",
    "image": "image", "photo": "image", "q image": "image", "q picture": "image", "add image prompt": "image",
    "note": "note", "q note": "note", "add note prompt": "note",
    "calculate": "calculate", "q calculate": "calculate", "add calculate prompt": "calculate",
    "acknowledge": "acknowledge", "q acknowledge": "acknowledge", "add acknowledge prompt": "acknowledge",
    "barcode": "barcode", "q barcode": "barcode", "add barcode prompt": "barcode",
    # Metadata a laptop can fill: recorded automatically.
    "start": "start", "start time": "start", "get start time": "start",
    "end": "end", "end time": "end", "get end time": "end",
    "today": "today", "get today": "today",
    "deviceid": "deviceid", "device id": "deviceid", "get device id": "deviceid", "imei": "deviceid",
    "uri:deviceid": "deviceid",
    "username": "username", "uri:username": "username",
}
SELECTS: dict[str, str] = {
    "select one": "select_one", "select one using": "select_one", "q select1": "select_one",
    "add select one prompt using": "select_one",
    "select all that apply": "select_multiple", "select all that apply from": "select_multiple",
    "select multiple from": "select_multiple", "select multiple using": "select_multiple",
    "q select": "select_multiple", "add select multiple prompt using": "select_multiple",
}
APPROXIMATED: dict[str, tuple[str, R]] = {
    "datetime": ("date", R.NO_TIME_OF_DAY),
    "date time": ("date", R.NO_TIME_OF_DAY),
    "q date time": ("date", R.NO_TIME_OF_DAY),
    "q datetime": ("date", R.NO_TIME_OF_DAY),
    "add date time prompt": ("date", R.NO_TIME_OF_DAY),
    "add datetime prompt": ("date", R.NO_TIME_OF_DAY),
    "rank": ("text", R.NO_RANKING),
    "trigger": ("acknowledge", R.TICK_BOX),
    "range": ("decimal", R.RANGE_AS_NUMBER),
    "percentage": ("integer", R.PERCENT_AS_NUMBER),
    "number of days in last month": ("integer", R.WHOLE_NUMBER),
    "number of days in last six months": ("integer", R.WHOLE_NUMBER),
    "number of days in last year": ("integer", R.WHOLE_NUMBER),
    "select one external": ("text", R.EXTERNAL_CHOICES),
}
DROPPED: dict[str, R] = {
    "audio": R.NO_AUDIO,
    "q audio": R.NO_AUDIO,
    "add audio prompt": R.NO_AUDIO,
    "video": R.NO_VIDEO,
    "q video": R.NO_VIDEO,
    "add video prompt": R.NO_VIDEO,
    "file": R.NO_FILES,
    "add file prompt": R.NO_FILES,
    "osm": R.NO_OSM,
    "background-audio": R.NO_BACKGROUND_AUDIO,
    "background-geopoint": R.NO_BACKGROUND_LOCATION,
    "simserial": R.NO_SIM, "sim id": R.NO_SIM,
    "get sim id": R.NO_SIM, "uri:simserial": R.NO_SIM,
    "subscriberid": R.NO_SIM, "subscriber id": R.NO_SIM,
    "get subscriber id": R.NO_SIM, "uri:subscriberid": R.NO_SIM,
    "phonenumber": R.NO_PHONE_NUMBER, "get phone number": R.NO_PHONE_NUMBER,
    "uri:phonenumber": R.NO_PHONE_NUMBER,
    "email": R.NO_EMAIL,
    "uri:email": R.NO_EMAIL,
    "start-geopoint": R.LOCATION_AS_QUESTION,
    "hidden": R.HIDDEN,
    "xml-external": R.EXTERNAL_DATA,
    "csv-external": R.EXTERNAL_DATA,
}
# ``phone number`` (with a space) is an ordinary text input in pyxform, not metadata.
KEPT["phone number"] = "text"

# XLSForm's ``audit`` type: not a question but a form-level switch that turns paradata recording on
# (``settings.paradata``; xlsform/mapping.py reads its parameters).
PARADATA_TYPES = frozenset({"audit"})
