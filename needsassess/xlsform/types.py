"""pyxform's question types (after its own de-aliasing) and what each becomes here.

Checked against ``pyxform.question_type_dictionary.QUESTION_TYPE_DICT`` by a test, so a type pyxform
accepts is never unknown here: it is kept, approximated (with the reason) or dropped (with the reason).
"""

from __future__ import annotations

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
APPROXIMATED: dict[str, tuple[str, str]] = {
    "datetime": ("date", "the time of day is not asked; the date is kept"),
    "date time": ("date", "the time of day is not asked; the date is kept"),
    "q date time": ("date", "the time of day is not asked; the date is kept"),
    "q datetime": ("date", "the time of day is not asked; the date is kept"),
    "add date time prompt": ("date", "the time of day is not asked; the date is kept"),
    "add datetime prompt": ("date", "the time of day is not asked; the date is kept"),
    "rank": ("text", "ranking widgets are not available; the officer writes the choices in order"),
    "trigger": ("acknowledge", "shown as a box to tick"),
    "range": ("decimal", "entered as a number, with the range as a constraint"),
    "percentage": ("integer", "entered as a whole number, with 0 to 100 as a constraint"),
    "number of days in last month": ("integer", "entered as a whole number"),
    "number of days in last six months": ("integer", "entered as a whole number"),
    "number of days in last year": ("integer", "entered as a whole number"),
    "select one external": ("text", "external choices (itemsets.csv) are not read; answered as text"),
}
DROPPED: dict[str, str] = {
    "audio": "sound recording is not available on field laptops",
    "q audio": "sound recording is not available on field laptops",
    "add audio prompt": "sound recording is not available on field laptops",
    "video": "video recording is not available on field laptops",
    "q video": "video recording is not available on field laptops",
    "add video prompt": "video recording is not available on field laptops",
    "file": "file attachments other than photos are not supported",
    "add file prompt": "file attachments other than photos are not supported",
    "osm": "OpenStreetMap tagging is not available",
    "background-audio": "background recording is not available",
    "background-geopoint": "background location is not recorded",
    "simserial": "laptops have no SIM card", "sim id": "laptops have no SIM card",
    "get sim id": "laptops have no SIM card", "uri:simserial": "laptops have no SIM card",
    "subscriberid": "laptops have no SIM card", "subscriber id": "laptops have no SIM card",
    "get subscriber id": "laptops have no SIM card", "uri:subscriberid": "laptops have no SIM card",
    "phonenumber": "laptops have no phone number", "get phone number": "laptops have no phone number",
    "uri:phonenumber": "laptops have no phone number",
    "email": "the officer's e-mail address is not known to the app",
    "uri:email": "the officer's e-mail address is not known to the app",
    "start-geopoint": "location is asked as a question instead",
    "hidden": "a hidden field holds no value",
    "xml-external": "declares an external data file; lookups read the dataset of that name",
    "csv-external": "declares an external data file; lookups read the dataset of that name",
}
# ``phone number`` (with a space) is an ordinary text input in pyxform, not metadata.
KEPT["phone number"] = "text"

# XLSForm's ``audit`` type: not a question but a form-level switch that turns paradata recording on
# (``settings.paradata``; xlsform/mapping.py reads its parameters).
PARADATA_TYPES = frozenset({"audit"})
