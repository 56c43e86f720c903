"""More typed PHI patterns for `medllm.clinical.redact`: the formats and labels clinicians use beyond
the common ones (kept apart so that redact.py stays readable).

  [ADDRESS]  a whole postal address in one span: street (any street type, "Calle Las Flores", "RR 3 Box
             118", "PO Box 30417"), then units ("Apt 3F", "#22", "2nd floor", "Box 115", "RD 2"), then
             "City, ST 12345" / "City 4572" / "London SE1 7EH"; "City, ST" alone (unambiguous state
             codes); a place after "lives in", "moved to", "near" (a facility near ...).
  [SSN]      masked or partial: "XXX-XX-1234", "***-**-1234", "SSN (last 4): 1234", "last 4 of SSN 1234".
  [MRN]      more labels: "med rec #", "Accession:", "booking #", "MRN assigned:", "Member ID", "NHS no.".
  [PHONE]    international ("+44 20 7946 0958"), pager / extension numbers ("pager 4471", "ext 7781",
             "x4417"), a number after "call" / "line" written 0800 555 123.
  [DATE]     day-first (20/01/2024, 24/1/24), "Feb 12-13, 2024", "mid-December", "january twenty third",
             "on the 3rd", a month/day with no year where only a date stands: after a weekday ("Tues 1/9"),
             after a scheduling word ("until 2/14", "recheck 2/19", "appt 2/6", "on 1/27"), before a
             clock time ("2/5 1315") or in a range ("3/10-3/31"); a weekday before a date joins it.
  [AGE>89]   a number over 89 standing as an age right after a name ("Harold Wood, 96,", "(101)").
Clinical values are left alone: a fraction after a score word, "1/2 tab", "3/10 pain", "x2", doses.
"""

from __future__ import annotations

import re
from typing import Callable

_MONTH_WORDS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_DAY_BIG = r"(?:1[3-9]|2\d|3[01])"  # a day that cannot be a month
_MON_NUM = r"(?:0?[1-9]|1[0-2])"
_YEAR4 = r"(?:19|20)\d{2}"
_WEEKDAY = (r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?"
            r"|sun(?:day)?)")
# "Dr" before a capitalized word is a title ("4/23 Med Onc Dr Khatiwada"), unless a unit follows ("Elm Dr Apt 3")
DR_NOT_TITLE = r"(?![ \t]+(?!(?:Apt|Apartment|Suite|Ste|Unit|Bldg|Building|Fl|Floor|Rm|Room|Box)\b)[A-Z][a-z])"
_STREET_TYPES = (rf"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr{DR_NOT_TITLE}|Court|Ct|Place|Pl|Way|Terrace|Ter"
                 r"|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Walk|Row|Crescent|Close|Trail|Trl|Pike|Loop|Alley"
                 r"|Plaza|Center|Centre|Crossing|Expressway|Turnpike)")
_STREET_TYPES_UPPER = (r"(?:STREET|ST|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|LANE|DRIVE|COURT|PLACE|TERRACE"
                       r"|CIRCLE|CIR|PARKWAY|PKWY|HIGHWAY|HWY|SQUARE|TRAIL|TRL|PIKE)")
_STREET_PREFIX = r"(?:Calle|Avenida|Av\.|Rue|Via|Camino|Rua|Strada|Paseo)"
# state codes that are also credentials or clinical abbreviations (MD, MA, MS, PA, SC, OR, IN, ...)
# count only with a ZIP code
_STATES_SAFE = (r"(?:AL|AK|AZ|AR|CA|CT|FL|GA|HI|ID|IL|IA|KS|KY|MI|MN|MO|MT|NV|NH|NJ|NM|NY|NC|ND|OH|RI|SD|TN|TX|UT"
                r"|VT|VA|WA|WV|WI|WY)")
_STATES = (r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
           r"|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)")
_CAP = r"[A-Z][\w.'’-]*"
# a house number never ends a date ("Date 3/2/2025   Surgeon Dr Kerr", "seen 3-2-2025 Main St") nor is a month's day
# ("F/U   Oct 30   Kensington Ave")
_NOT_DATE_BEFORE = (r"(?<!\d/\d/)(?<!\d/\d\d/)(?<!\d\d/\d/)(?<!\d\d/\d\d/)(?<!\d-\d-)(?<!\d-\d\d-)(?<!\d\d-\d-)(?<!\d\d-\d\d-)"
                    r"(?<!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[ \t])(?<!(?i:sept|june|july)[ \t])(?<!(?i:march|april)[ \t])"
                    r"(?<!(?i:august)[ \t])(?<!(?i:january|october)[ \t])(?<!(?i:february|november|december)[ \t])(?<!(?i:september)[ \t])")
# a house number ("45-090" in Hawaii and Queens), the street's words, its type in any case ("W 7TH ST"),
# a direction after it ("Rainier Ave S")
# "40 MG SQ", "212 AND DR.", "1 MM ST DEPRESSION", "24 Fr Three Way Foley", "3 POSITIVE AXILLARY LN"; no decimal's
# digits ("T 38.4 C. Dr. Ortiz")
_NOT_STREET_WORD = (r"(?!(?i:mg|mcg|units?|ml|g|kg|mmol|meq|and|or|to|of|at|x|iv|po|sq|sc|q\d*h|mm|cm|fr|french|ga|gauge"
                    r"|one|two|three|four|positive|negative|axillary|nodes?|lead|leads|beats?)\b)")
_NOT_FINDING_AFTER = r"(?![ \t]+(?i:depression|depressions|elevation|elevations|segment|changes?|wave|foley|catheter|valve)\b)"
_STREET = (rf"(?:(?<!\d[.,]){_NOT_DATE_BEFORE}\b\d{{1,6}}(?:-\d{{1,4}})?[A-Z]?[ \t]+(?:[NSEW]{{1,2}}\.?[ \t]+)?(?:{_NOT_STREET_WORD}(?:{_CAP}|\d+(?i:st|nd|rd|th))[ \t]+){{1,3}}"
           rf"(?:{_STREET_TYPES}|{_STREET_TYPES_UPPER})\b{_NOT_FINDING_AFTER}(?:\.(?=,))?(?:[ \t]+[NSEW]{{1,2}}\b(?![\w'’-]))?"
           rf"|\b\d{{1,6}}[ \t]+{_STREET_PREFIX}(?:[ \t]+{_CAP}){{1,3}}"
           rf"|\b(?:RR|R\.R\.|Rural[ \t]+Route|HC)[ \t]*\d+,?[ \t]+Box[ \t]+\d+"
           rf"|\bP\.?[ \t]?O\.?[ \t]+Box[ \t]+\d+"
           rf"|\b(?:\d{{1,6}}[ \t]+)?(?:Hwy|Highway|Route|Rte|State[ \t]+Route|County[ \t]+Road|HWY|ROUTE)[ \t]+\d{{1,4}}(?=,[ \t]*[A-Z][a-z]+,?[ \t]+{_STATES}\b))")
_UNIT = (r"(?:,?[ \t]+(?:Apt|Apartment|Suite|Ste|Unit|Box|Bldg|Building|Fl|Floor|Rm|Room|APT|SUITE|STE|UNIT)\.?[ \t]*#?[ \t]?[A-Za-z0-9-]+"
         r"|,?[ \t]+#[ \t]?\d+[A-Z]?|,[ \t]+\d+(?:st|nd|rd|th)[ \t]+(?:floor|fl)\b|,[ \t]+RD[ \t]+\d+\b)")
_CITY_TAIL = (rf"(?:,[ \t]*{_CAP}(?:[ -]{_CAP}){{0,3}}(?:,?[ \t]+(?:{_STATES})\b(?:[ \t]+\d{{5}}(?:-\d{{4}})?)?"
              rf"|[ \t]+\d{{4,5}}\b|[ \t]+[A-Z]{{1,2}}\d[A-Z\d]?[ \t]\d[A-Z]{{2}}\b)"
              # "..., SAINT PAUL MN 55102" (no commas), "..., Seattle;" (a city alone where the sentence ends)
              rf"|,?[ \t]+{_CAP}(?:[ ]{_CAP}){{0,2}}[ \t]+{_STATES}[ \t]+\d{{5}}(?:-\d{{4}})?\b"
              rf"|,[ \t]*(?:St\.[ \t]+)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}(?=[ \t]*(?:[.;)\n]|$)))")
# a street named without its number: "the house on Keefe Ave", "lives off Mill Creek Road"
_STREET_NAMED = re.compile(rf"(?:(?<=\bon )|(?<=\boff )|(?<=\bat ))(?:(?:[A-Z][a-z]+[ \t]+){{1,3}}(?:Street|Avenue|Ave|Road|Rd|Boulevard|Blvd"
                           rf"|Lane|Ln|Drive|Parkway|Pkwy|Terrace|Circle|Trail|Pike)\b(?!\.\w)"
                           rf"|(?:Hwy|Highway|Route|Rte|US|State[ \t]+Route|County[ \t]+Road)[ \t]+\d{{1,4}}\b(?![.,/]\d))")
# a building or organization named before the street belongs to the address when a city follows
_ADDRESS = re.compile(rf"(?P<pre>(?<![\w,])(?:[A-Z][\w'’.-]*[ \t]+){{0,3}}[A-Z][\w'’.-]*,[ \t]*(?=\d))?{_STREET}(?:{_UNIT})*"
                      rf"(?P<city>{_CITY_TAIL})?")


def _address(m: re.Match) -> str:
    if m.group("pre") and not m.group("city"):
        return m.group("pre") + "[ADDRESS]"
    return "[ADDRESS]"

_PLACE_PARTICLE = r"(?:(?:du|de|la|le|del|des|of|on|upon|in)[ -])"
_CITY_STATE = re.compile(rf"\b[A-Z][a-z]+(?:[ -]{_PLACE_PARTICLE}?[A-Z][a-z]+){{0,2}},\s+{_STATES_SAFE}\b(?![\w-])(?!\s*\d{{1,4}}\b)")
# a place where a person lives or goes: "lives in Hoboken", "moved to Fall River", "facility near Chula Vista", "lives in Rzeszów"
_PLACE_CUE = re.compile(rf"\b(?:(?:lives|living|resides|residing|located|moved|relocated|relocating|moving|stays|staying)"
                        r"(?:\s+(?:alone|here|back|nearby))?\s+(?:in|to|near)|(?:facility|home|SNF|rehab|placement|closer)"
                        rf"\s+near|is\s+from|(?:visiting|visits)\s+from)\s+(?P<v>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:[ -]{_PLACE_PARTICLE}?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+){{0,2}})"
                        rf"(?P<st>,\s+{_STATES}\b)?")

# a town the place lists know after a word that locates someone: "the cancer center in Rochester",
# "moved from Kaneohe", "a facility near Fall River" (checked in `listed_place`)
_PLACE_LISTED = re.compile(r"(?:(?<=\bin )|(?<=\bIn )|(?<=\bfrom )|(?<=\bFrom )|(?<=\bnear )|(?<=\bNear )|(?<=\boutside )"
                           r"|(?<=\baround )|(?<=\bmoved to )|(?<=\brelocated to )|(?<=\bmoving to )|(?<=\btraveled to )|(?<=\btravelled to )|(?<=\btrip to )"
                           r"|(?<=\bflew to )|(?<=\bdrove to )|(?<=\bback to )|(?<=\breturned to )|(?<=\bvisiting family in ))(?P<v>[A-Z][a-z][\w'’.-]*(?:[ -](?:[A-Z][\w'’.-]*|de|del|la|le|du|sur|upon|on)){0,3})")

_SSN_MASKED = re.compile(r"(?<![\w*-])(?:[Xx*#]{3}|\d{3})-(?:[Xx*#]{2})-\d{4}\b|(?<![\w*-])[Xx*#]{3}-\d{2}-\d{4}\b")
_SSN_LAST4 = re.compile(r"(?i)\b(?:(?:SSN|social\s+security(?:\s+(?:number|no\.?))?)\s*\(?\s*last\s*(?:4|four)\s*\)?"
                        r"|last\s*(?:4|four)(?:\s+(?:of\s+)?(?:SSN|social(?:\s+security)?))?)\s*[:#(]\s*(?P<v>\d{4})\b"
                        r"|\b(?:SSN|social\s+security)\s+(?:ending\s+(?:in\s+)?|last\s*(?:4|four)\s+)(?P<w>\d{4})\b")

_MBI_SHAPE = r"\d[A-Z][A-Z\d]\d-?[A-Z][A-Z\d]\d-?[A-Z]{2}\d{2}"  # a Medicare beneficiary identifier ("1EG4-TE5-MK73")
_MRN_MORE = re.compile(
    r"(?i)\b(?:med(?:ical)?\.?\s+rec(?:ord)?\.?\s*(?:#|no\.?|number)?|accession(?:\s*(?:#|no\.?|number))?|booking\s*(?:#|no\.?|number)"
    r"|MRN\s+(?:assigned|is|was|number)|member\s+ID|NHS\s+(?:no\.?|number)|chart\s+ID|pt\s+ID|specimen\s*(?:#|ID|no\.?)"
    r"|requisition\s*(?:#|no\.?)|claim\s*(?:#|no\.?|number)|OHIP(?:\s*(?:#|no\.?))?"
    r"|IHI|CHI(?:\s*(?:#|no\.?))|PHN\s*(?:#|no\.?)|medicare\s*ID|medicaid\s*(?:#|no\.?|number|ID)"
    r"|employee\s*(?:#|no\.?|number|ID)|badge(?:\s*(?:#|no\.?|number|ID))?|UR\s*(?:#|no\.?|number)|URN|hosp\.?\s*(?:#|no\.?|number)"
    r"|(?:ME|medical\s+examiner|coroner)(?:'s)?\s+case(?:\s*(?:#|no\.?|number))?|(?-i:PCR)\s*#|police\s+report\s*(?:#|no\.?|number))"
    r"\s*[:#]?\s*(?P<v>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{2,}[A-Z0-9](?:[ ]\d{3,4}){0,2})\b(?![./]\d)"
    r"(?![ \t]*(?i:mL|ml|mg|mcg|cc|g|L|units?|copies|cores?|slides?|blocks?|visits?|hours?|hrs?|h|min)\b)"
    # an Australian Medicare number ("2123 45670 1") and a health card with its version code ("1234 567 890 AB")
    r"|\b(?:medicare\s*(?:#|no\.?|number)|health\s+card(?:\s*(?:#|no\.?|number))?)\s*[:#]?\s*"
    r"(?P<y>(?-i:" + _MBI_SHAPE + r")|\d{4}[ -]?\d{5}[ -]?\d(?:/\d)?|\d{4}[ -]\d{3}[ -]\d{3}(?:[ -]?(?-i:[A-Z]{2}))?)(?![\w/.-])"
    # reference, authorization, badge ... numbers: with "#", "no.", "number" or "ID" after the label, or a
    # value with letters and 5+ digits ("confirmation TR-558213"); never a range ("ref 135-145")
    r"|\b(?:reference|ref|auth(?:orization)?|confirmation|ticket|badge|account|acct|policy|certificate|license|licence|claim"
    r"|DEA|NPI)\b(?:\s*(?:#|no\.|number\b|ID\b)\s*:?\s*(?P<w>(?![\d.]+-[\d.]+\b)(?-i:[A-Z0-9][A-Z0-9-]{2,}[A-Z0-9]))"
    r"|[\s:]+(?P<x>(?-i:[A-Z]{1,4}-?\d{5,}|[A-Z]{1,4}-\d[\d-]{4,}\d)))\b")

# identifiers and addresses of other countries: a VA integration control number, Australian phones
# ("(02) 9876 5432", "0412 345 678", "1300 123 456"), UK and Canadian postcodes, Australian state + postcode
_ICN = re.compile(r"\b\d{10}V\d{6}\b")
_PHONE_AU = re.compile(r"(?<![\w+])\(0[2-9]\)[ ]?\d{4}[ ]?\d{4}\b(?![-./]\d)"
                       # a mobile or a 1300/1800 number only after a word of calling (a flowsheet row "0400 128 102" is no phone)
                       r"|(?i:\b(?:ph|phone|mob|mobile|cell|tel|call|contact|number|on)\b)[ \t]*[:#]?[ \t]*"
                       r"(?P<v>04\d{2}[ ]?\d{3}[ ]?\d{3}|1[38]00[ ]?\d{3}[ ]?\d{3})\b(?![-./]\d)")
# postcodes only after a town the place list knows ("Glasgow G12 8QQ", "Toronto, ON M5V 2T6", "Sydney NSW 2000";
# never "STE V2 2MM", "Q8H 2GM", "PT2 3CM"): checked in `postcode`
_POSTCODE = re.compile(r"\b(?P<town>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),?[ \t]+(?:(?:ON|BC|AB|QC|MB|SK|NS|NB|NL|PE|YT|NU)[ \t]+"
                       r"[A-Z]\d[A-Z][ ]\d[A-Z]\d|[A-Z]\d[A-Z][ ]\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|(?:NSW|VIC|QLD|TAS)[ \t]+\d{4})\b")

# a number of five or more digits after "#" ("interpreter Odile #20617", "badge #A-55210"), or a code of capitals and digits
# ("R. Hale #S-207", "D. Le #P1127", "#NJ-PM-40772", "#25-PC-061149", "#SR-2025-11841"): an identifier
_HASH_ID = re.compile(r"(?<![\w#&])#[ \t]?(?P<v>(?:[A-Z]{1,3}-?)?\d{5,}(?:-\d+)*|(?:[A-Z]{1,3}-){1,2}\d{3,}(?:-\d+)*|[A-Z]{1,2}\d{4,}"
                      r"|\d{2}-[A-Z]{2,3}-\d{4,})\b(?![./]\d)")
# an officer's or a guard's badge after "#" ("arresting ofc Rivers #331", "Ofc. D. Le #P1127", "Officer Vue (#CS-14)")
_BADGE_HASH = re.compile(r"\b(?:[Oo]fc|OFC|[Oo]fficer|OFFICER|[Dd]eputy|Det|[Dd]etective|Sgt|[Ss]ergeant|[Tt]rooper|Cpl|[Bb]adge)\b\.?"
                         r"(?:[ \t]+(?:[A-Z]\.[ \t]?)?[A-Z][\w'’-]+){0,3}[ \t]*\(?#[ \t]?(?P<v>(?:[A-Z]{1,3}-?)?\d{2,6})\b(?![./]\d)")
# (a closing bracket only where the number opened it: "(cell +1 919-555-0136)" keeps its own)
_PHONE_INTL = re.compile(r"(?<![\w+])\+(?:[1-9]\d{0,2})(?:[ \t.-]?(?:\(\d{1,4}\)|\d{1,4})){2,5}(?![\d])")  # on its line
_PHONE_EXT = re.compile(r"(?i)(?<!\d )\b(?:pager|pgr|beeper|bleep|vocera|spectra|ascom|ext\.?|extension)\s*[:#]?\s*x?"
                        r"(?P<v>\d{3,6}|\d-\d{4})\b(?![./]\d)"
                        r"|\bpaged\s+(?P<u>\d-\d{4})\b(?![./]\d)"  # "paged 4-7712"; "paged at 0300" is a time
                        r"|(?<![\w.])x(?P<w>\d{4,5})\b(?![./]\d)(?!\s*(?:mL|ml|mg|cc|units?|min|h|d)\b)"
                        # three digits after a person's role in brackets ("Jelena (referral coordinator) x214")
                        r"|(?<=[a-z]\)[ \t])x(?P<t>\d{3})\b(?![./]\d)(?!\s*(?:mL|ml|mg|cc|units?|min|h|d)\b)")
_PHONE_LINE = re.compile(r"(?i)\b(?:call|line|number|reached\s+at|phone|tel)\b[^\n\d]{0,25}?(?P<v>0\d{2,4}[\s-]\d{3}[\s-]\d{3,4})\b")

# round 4: more shapes of a date, each one no clinical value takes
_MON_CAP = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?"
            r"|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)")
_DATE_MORE = re.compile(
    # a month and a year: "03/2019", "since 1/2024" (not a titer or a dilution: "1/2048"), "Jan-2024", "Oct '23", "2024-12"
    rf"(?<![\w/.,:-])(?:0[1-9]|1[0-2])/{_YEAR4}(?![\w/]|[.,]\d)"
    rf"|(?:(?<=since )|(?<=Since )|(?<=in )|(?<=from )|(?<=until )|(?<=by )|(?<=before )|(?<=after )|(?<=onset )|(?<=diagnosed )"
    rf"|(?<=dx )|(?<=dated ))[1-9]/(?:19[5-9]\d|20[0-3]\d)(?![\w/:]|[.,]\d)(?!\s*(?i:dilution|titer|titre|solution|live))"
    rf"|\b{_MON_CAP}\.?(?:-{_YEAR4}|[ \t]?['’]\d{{2}})\b(?![-/.]\d)"
    rf"|(?:(?<=since )|(?<=in )|(?<=from )|(?<=until )|(?<=by )|(?<=before )|(?<=after )|(?<=expected )|(?<=due )|(?<=dated )"
    rf"|(?<=onset ))(?<![\w/.-]){_YEAR4}-(?:0[1-9]|1[0-2])(?![\w/-]|[.,]\d)"
    # "05MAR2024", "5-Mar-24" in any case
    rf"|\b\d{{1,2}}(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:{_YEAR4}|\d{{2}})\b"
    # a range of two full dates: "3/5/24-3/9/24"
    rf"|(?<![\w/.-]){_MON_NUM}/{_DAY}/(?:{_YEAR4}|\d{{2}})[ \t]*[-–][ \t]*{_MON_NUM}/{_DAY}/(?:{_YEAR4}|\d{{2}})(?![\w/]|[.,]\d)")
# a local number of seven digits after a word of calling ("call 555-0143", "call back # 555 0143"), a UK
# mobile or landline written in groups ("07700 900123", "020 7946 0958")
_PHONE_MORE = re.compile(r"(?i)\b(?:call(?:\s+back)?(?:\s+at)?|callback|phone|tel|cell(?:\s+phone)?|mobile|pager|pgr|beeper|(?:home|work)\s+(?:phone|#|number)"
                         r"|contact(?:\s+number)?|reach(?:ed)?\s+at|number|ph)[ \t]*[:#]?[ \t]*(?P<v>(?<!\d)\d{3}[-. ]\d{4})\b(?![-./]\d)"
                         r"(?![ \t]*(?:mg|mcg|g|kg|mL|ml|L|cc|ft|units?|RBC|WBC|cells|%|x)\b)"
                         r"|(?<![\w+.])(?P<w>07\d{3}[ ]?\d{6})\b(?![-./]\d)")
# an age over 89 spelled out ("ninety-two", "one hundred and one")
_SPELLED_OVER_89 = r"(?:ninety|one[ -]hundred(?:[ -]and)?)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
# ages over 89 in shorthand: "93y", "94 YOM", "94F" at a line's start or after "pt" or a name, "ninety-two year old"
_AGE_MORE = re.compile(r"\b(?P<v>9\d|1[01]\d)(?=[ \t]?(?:yo|yr|YO[MF]?|yo[mf])\b|[ \t]?y\b[ \t]*(?:[MF]\b|old\b|female\b|male\b|woman\b|man\b|[,)])"
                       r"|[MF](?=[,;)]|[ \t]+(?:with|w/|s/p|pmh|hx|presents|presenting|admitted|displaced|here|on|from|c/o)\b))"
                       rf"|(?i:\b(?P<x>{_SPELLED_OVER_89})"
                       r"(?=[- ]years?[- ]old\b|[ ]years?[ ]of[ ]age\b))"
                       # after "aged", "age", "turned", "died at" ("aged ninety-two", "age 93", "turned 90", "died at 91"); spelled out after "is" or
                       # "was" too ("Pt is ninety-four"), never a vital's reading ("sats were ninety-two", "BP was ninety over")
                       rf"|\b(?i:aged|age:?|turned|turns|turning|died[ \t]+at|passed[ \t]+(?:away[ \t]+)?at)[ \t]+(?P<y>9\d|1[01]\d|(?i:{_SPELLED_OVER_89}))\b(?![.,/-]?\d|[ \t]*(?i:%|percent|over|mg|kg|lb|lbs|pounds|units?|ml|mmhg|bpm|degrees|minutes|min|days|weeks|months|[xX/]))"
                       rf"|(?:\b(?:is|was|[Aa]t)|\b(?:he|she|He|She)['’]s)[ \t]+(?P<z>(?i:{_SPELLED_OVER_89}))\b"
                       r"(?![ \t]*(?i:%|percent|over|mg|kg|lb|lbs|pounds|units?|ml|mmhg|bpm|beats|degrees|minutes|min|seconds|days|weeks|months|feet|inches|cm|/))")
# a reading's words before "is"/"was" and a spelled number ("heart rate was ninety-two", "her sats were ninety")
_READING_BEFORE = re.compile(r"(?i)\b(?:rate|pressure|pulse|sats?|saturation|oxygen|o2|sugar|glucose|weight|temp|temperature|level|score"
                             r"|count|reading|bp|hr|rr|map|spo2|volume|output|ef|fraction|percent|iq|hearing|vision)\b[^.\n]{0,12}\Z")
_VITAL_BEFORE = re.compile(r"(?i)\b(?:T|temp|tmax|tmin|temperature|HR|FC|FR|RR|P|pulse|SpO2|sat|BP|wt|weight|ht|height|glucose|BG|MAP)\W{0,3}$")
# a postal code after its label: "ZIP 02139", "postcode LS1 4AB"
_ZIP_LABEL = re.compile(r"(?i)\b(?:zip(?:\s*code)?|postal\s+code|post\s*code)\s*[:#]?\s*"
                        r"(?P<v>\d{5}(?:-\d{4})?|(?-i:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}))\b")

_DATE_DAY_FIRST = re.compile(rf"(?<![\w/.-])(?:{_DAY_BIG}([/-]){_MON_NUM}\1(?:{_YEAR4}|\d{{2}})|{_DAY_BIG}\.{_MON_NUM}\.{_YEAR4})(?![\w/]|[.,]\d)")
_DATE_LABELLED = re.compile(rf"(?i)\b(?:date|dated|DOS|SOC\s+date|visit|seen|admitted|discharged)\s*(?:on|:)?\s*"
                            rf"(?P<v>{_MON_NUM}([./-]){_DAY}\2\d{{2}}|{_DAY}([./-]){_MON_NUM}\3\d{{2}})(?![\w/.-]\d|\d)")
_DATE_DAY_RANGE = re.compile(rf"(?i)\b(?:{_MONTH_WORDS})\.?\s+{_DAY}\s*[-–]\s*{_DAY}(?:,?\s+{_YEAR4}\b|\b(?![ \t]*(?:mg|mcg|g|kg|mL|ml|units?|%|days?|d|weeks?|wks?|hours?|hrs?|h|min|times|x)\b|[./,]?\d))")
_DATE_PART_MONTH = re.compile(rf"(?i)\b(?:early|mid|late)[- ](?:{_MONTH_WORDS})\b")
# ordinal words from the fourth on (never "first", "second", "third": "on the first attempt")
_ORD_BIG_WORDS = (r"(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
                  r"|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)[- \n](?:first|second|third|fourth|fifth"
                  r"|sixth|seventh|eighth|ninth))")
_ORD_WORDS = rf"(?:first|second|third|{_ORD_BIG_WORDS})"
# a month/day with no year, only where a date stands (a fraction stands elsewhere: "3/10 pain", "1/2 tab")
_MD = rf"{_MON_NUM}/{_DAY}"
_NOT_FRACTION_AFTER = (r"(?![\w/]|[.,]\d)(?!\s*(?:tabs?|tablets?|caps?|capsules?|amps?|vials?|pills?|of|pain|strength|doses?"
                       r"|cores?|nodes?|lymph|positive|negative|correct|points?|pts|items?|criteria|fields?|beats?"
                       r"|cups?|NS|mg|mL|ml|units?|dose|times|x|score|scale|h|hrs?|hours?|min|mins|minutes?|d|days?|wks?"
                       r"|weeks?|mos?|months?|power|motor|strength|normal|saline|cycles?|sessions?|fractions?|sets?|reps?|inch|inches|in(?![ \t]+(?!x\b|length\b|diameter\b|width\b|size\b)[a-z])|trials?|tasks?"
                       r"|steps?|lines?|staples?|sutures?|cultures?|bottles?|words?|objects?|attempts?|ago|packing|SEM|murmur|bilat"
                       r"|(?:finger|toe)?nails|fingers|toes|digits|teeth|joints|lesions|sites|samples|biopsies|vessels|segments|quadrants"
                       r"|lobes|ribs|questions|answers|responses)\b|\s*[\"”])")
_DATE_MD_CUED = re.compile(
    rf"(?i)(?:\b(?:on|until|till|thru|through|before|after|since|starting|effective|recheck|rechecks|RTC|last"
    rf"|appt|appointment|visit|f/u|follow[- ]?up|due|scheduled|booked|collected|drawn|held|discharged|admitted|given"
    rf"|message|next(?:\s+(?:visit|appt|1:1|session|dose|check))?|last\s+dose|for|transfer|transport|surgery|UDS|week(?:end)?\s+of"
    rf"|LMP|EDD|EDC|DOI|placed|removed|inserted|changed|exchanged|replaced|come|return|labs|home"
    rf"|(?:started|restarted|stopped|held|discontinued|dc'?d)(?:\s+[A-Za-z][\w-]*){{0,2}})"
    rf"\s*:?\s*)(?P<v>{_MD})(?:(?P<r>\s*[-–]\s*|\s+to\s+){_MD})?{_NOT_FRACTION_AFTER}")
_DATE_MD_TIME = re.compile(rf"(?<![\w/.-])(?P<v>{_MD})(?=\s+(?:[01]\d|2[0-3])[0-5]\d\b|\s+\d{{1,2}}:\d{{2}}|\s*[-–]\s*{_MD}\b|[ \t]*@[ \t]*(?:[01]?\d|2[0-3]):?[0-5]\d\b)")
# a month/day right after a person's name: "EGD by Dr. Le Goff 8/14:", "seen by [NAME] 3/5 and"
_DATE_MD_AFTER_NAME = re.compile(rf"(?<=\[NAME\] )(?P<v>{_MD}){_NOT_FRACTION_AFTER}(?=\s*(?:[:;,.)]|$|and\b|at\b|with\b))")
_DATE_MD_RANGE_END = re.compile(rf"(?<=\[DATE\])(?P<sep>\s*[-–]\s*|\s+to\s+)(?P<v>{_MD}(?:/(?:{_YEAR4}|\d{{2}}))?)(?![\w/]|[.,]\d)")
# a month/day whose day cannot be a month (13-31) after a word that introduces a date or an event
# ("move the PICC to 6/14", "clinic 2/20", "EGD 8/14"), unless a count noun or unit follows it:
# a fraction with a big denominator stands elsewhere ("right eye 6/18", "3/18 involved", "MoCA 9/30")
_DATE_MD_BIG_DAY = re.compile(rf"(?i:\b(?:to|on|by|from|since|until|till|through|thru|before|after|clinic|conference|meeting"
                              rf"|call|visit|surgery|procedure|discharge|admission|admit|rounds|arthroplasty|hemiarthroplasty"
                              rf"|EGD|colonoscopy|biopsy|infusion|injection|vaccine|vaccinated|fall|injury|onset)\s+)"
                              rf"(?P<v>{_MON_NUM}/{_DAY_BIG}){_NOT_FRACTION_AFTER}"
                              rf"(?!\s*(?i:involved|positive|negative|LN|nodes?|cycles?|fractions?|sessions?|dilution|kg|cmH2O|kcal|on\b))")
_WEEKDAY_CAP = (r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?"
                r"|MON(?:DAY)?|TUES?(?:DAY)?|WED(?:NESDAY)?|THU(?:RS?)?(?:DAY)?|FRI(?:DAY)?|SAT(?:URDAY)?|SUN(?:DAY)?)")
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{_WEEKDAY_CAP}|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                             # es, pt, fr, it, de ("Lunes 7 de abril de 2025", "lunes 17/3")
                             r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|segunda-feira|ter[çc]a-feira|quarta-feira"
                             r"|quinta-feira|sexta-feira|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|luned[ìi]|marted[ìi]"
                             r"|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))"
                             r"\.?,?\s+(?=\[DATE\])")
_WEEKDAY_ONLY = re.compile(rf"\b(?:{_WEEKDAY_CAP}|(?i:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi"
                           rf"|vendredi|samedi|dimanche))\.?,?\s+(?P<v>{_MD}|{_DAY}/{_MON_NUM})\b(?![\w/]|[.,]\d)")

_AGE_CELL_AFTER_NAME = re.compile(r"(?<=\[NAME\])(?P<p>[ \t]*\t[ \t]*|[ \t]{2,}|[ \t]*\|[ \t]*)(?:9\d|1[01]\d)(?=[ \t]*[\t|]|[ \t]{2,}|[ \t]*(?:\n|\Z))")
_AGE_AFTER_NAME = re.compile(r"(?:(?<=\[NAME\])|(?<=\[NAME\]\"\))|(?<=\[NAME\]”\))|(?<=\[NAME\]\))|(?<=DOB \[DATE\])|(?<=DOB: \[DATE\]))(?P<p>,\s*(?:(?:about|approx\.?|approximately|~)[ \t]*)?|\s*\(\s*|\s+)(?P<v>9\d|1[01]\d|(?i:ninety|one[ -]hundred)(?:[- ](?i:one|two|three|four|five|six|seven|eight|nine))?)(?=\s*[,)]|\s*(?:yo|y/o|y\.o\.|[MF])\b|[ \t]+and[ \t]+(?:on|has|lives|living|with)\b)")


# round 5 (from the hand-written training notes of bench/phi/probe_train, read after a first measurement):
# a Medicare beneficiary identifier in its own shape ("1EG4-TE5-MK73"), and a reference of capitals, a year's two digits and a
# serial ("quoting reference CG/24/3318"), wherever they stand
_MBI = re.compile(rf"(?<![\w-]){_MBI_SHAPE}(?![\w-])|(?<![\w/.-])[A-Z]{{1,4}}/\d{{2}}/\d{{3,6}}(?![\w/]|[.,]\d)")
# a code of capitals and five or more digits ("ENC0042278813", "PC-25-118204", "A7712094Z", "S25-10432"): no
# clinical value is written so ("HbA1c", "CD4", "BRCA2", "COVID-19", "E11.65" have fewer digits or lower case;
# an obstetric history "G2P1001" is excepted)
_ALNUM_ID = re.compile(r"(?<![\w/.#-])(?!\d{1,2}-?[A-Z]{3}-?\d{2,4}\b|G\d{1,2}P\d)(?=[A-Z\d-]*[A-Z])(?=(?:[A-Z-]*\d){5})[A-Z\d]+(?:-[A-Z\d]+)*(?![\w/-]|[.,]\d)")
# a record number with a suffix ("4471092-03") or after a label no earlier rule knows ("Acc 0932147", "Rx 4471101-02",
# "CSN 771029", "Lab No: 88120"); never a range of values ("1000-1500 mL")
_ID_MORE = re.compile(r"(?<![\w/.-])(?P<v>\d{6,}-\d{1,3})(?![\w/-]|[.,]\d)"
                      r"|(?i:\b(?:acc(?:ession)?|lab\s+no|enc(?:ounter)?|CSN|FIN|HAR|rx|CIN|file|case|session|subscriber(?:\s+ID)?"
                      r"|member\s*(?:#|no\.?)|ID\s*(?:#|no\.?)|MBI|hospice\s+ID|IHS)\b\.?)[ \t]*[:#]?[ \t]*"
                      r"(?P<w>\d[\d-]{4,}\d)\b(?![./]\d)(?![ \t]*(?i:mL|ml|mg|mcg|g|units?|h|hrs?|min|%)\b)")
# digits read out one by one ("5 5 0 2 9 1 8", "seven two seven nine three ...", "oh"): a phone when ten
# or eleven, else a record number
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_DIGITS = re.compile(rf"(?<![\w.,/-])(?:\d(?:[ ]\d){{6,}}|(?i:{_DIGIT_WORD}(?:(?:[ -]|,[ ]|[ ]comma[ ]){_DIGIT_WORD}){{6,}}))(?![\w/-]|[.,]\w|[ ]\d)")
_ONE_DIGIT = re.compile(rf"\d|(?i:{_DIGIT_WORD})")


_DIGITS_TEST_BEFORE = re.compile(r"(?i)\b(?:digit\s+span|digits?|count(?:ed|ing|s)?|backwards?|forwards?|serial|recall(?:ed)?|repeat(?:ed|s)?)\b[^.\n]{0,20}$")


def _spoken_digits(m: re.Match) -> str:
    if _DIGITS_TEST_BEFORE.search(m.string[max(0, m.start() - 40):m.start()]):
        return m.group(0)  # a test of attention ("digit span forward: 7 4 1 8 5 9 2", "counted backwards nine eight ...")
    return "[PHONE]" if len(_ONE_DIGIT.findall(m.group(0))) in (10, 11) else "[MRN]"
# a UK number in its groups ("0114 271 3905", "07700 914 338", "0161 555 2870"): eleven digits from a 0
_PHONE_UK = re.compile(r"(?<![\w+.-])0\d{3}[ ]\d{3}[ ]\d{4}(?![\w.-]|[ ]\d)|(?<![\w+.-])0\d{4}[ ]\d{3}[ ]\d{3}(?![\w.-]|[ ]\d)")
# dates ("march third", "on the 3rd" among them, which a round-4 pattern each took before): "Mar-3", a spoken date with its spoken year ("march third twenty twenty five", "june fourth nineteen
# forty nine"), "the twentieth of february", "3 de marzo", "seen the 3rd", "thursday the 5th"
_SPOKEN_YEAR = (r"(?:(?:nineteen|twenty)[ -](?:oh[ -])?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four"
                r"|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three"
                r"|four|five|six|seven|eight|nine)|two[ ]thousand(?:[ ](?:and[ ])?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[ -]\w+)?))?)")
# a date of birth read out in numbers after its label ("DOB six twelve nineteen sixty seven", "born oh three fourteen
# nineteen fifty"): a month, a day and a spoken year
_SPOKEN_DAY = (r"(?:(?:twenty|thirty)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven"
               r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_SPOKEN_DOB = re.compile(rf"(?i:\b(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|birth[ \t]?date|born)\W{{0,3}}(?:(?:is|was|of|on)[ \t]+)?)"
                         rf"(?P<v>(?i:(?:oh[ -])?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ ,-]+(?:oh[ -])?{_SPOKEN_DAY}"
                         rf"[ ,-]+(?:{_SPOKEN_YEAR}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five"
                         rf"|six|seven|eight|nine))?)))\b")
_AFTER_WEEKDAY = "|".join(rf"(?<=\b{d} )" for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
_DATE_ROUND5 = re.compile(
    r"(?<![\w-])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)-(?:0?[1-9]|[12]\d|3[01])\b(?![-/.]\d)"  # not "MAR-12" (a MAR)
    rf"|(?i:\b(?:{_MONTH_WORDS})\s+(?:the\s+)?(?:{_ORD_WORDS}|(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?:,?\s+(?:{_SPOKEN_YEAR}|{_YEAR4}|['’]\d{{2}}))?\b)"
    rf"|(?i:\bthe\s+{_ORD_WORDS}\s+of\s+(?:{_MONTH_WORDS})\b)"
    r"|(?i:\b(?:[1-9]|[12]\d|3[01])\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b)"
    rf"|(?i:(?:(?<=\bon )|(?<=\bseen )|(?<=\bfrom )|(?<=\bsince )|(?<=\buntil )|(?<=\bby )|(?<=\bED )|(?<=\bfor )|{_AFTER_WEEKDAY})"
    rf"the\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[.,;:)(!?]|$)|[ \t]*\n|\s+(?:with|at|when|and|after|before|while|during|about|to|for|but|so|in|is)\b))")
# a month/day after a test, a procedure or an act that dates it ("CT 8/30:", "s/p PCI 8/18", "quit 5/31", "signed
# 4/3", "(5/2, Dr. X)" but not "PEEP 5 (10/5)", a line's start "3/10 APPROVED"), unless a count noun or a score
# word makes it a fraction
_DATE_MD_ROUND5 = re.compile(
    rf"(?:(?i:\b(?:CT|CTA|MRI|MRA|EGD|ERCP|EUS|BMP|CMP|CBC|labs?|lipids|echo|TTE|TEE|doppler|US|CXR|xray|x-ray|ECG|EKG|PET|biopsy|bx|cath|PCI|DES"
    rf"|CABG|stent(?:ed)?|coiling|re-?look|I&D|drained|quit|signed|spoke|recertified|moved\s+to|here|available|date|target|DC|d/c|fall|drink"
    rf"|as\s+of|MVC|TKA|THA|lap\s+chole|nephrostomy|call(?:ed)?(?:\s+(?:pt|patient|family|back))?|called|visit|seen|returns?|(?:out|in)\s+on|reviewed|updated|faxed|sent|rec'?d|received"
    rf"|approved|denied|submitted|birthday|born|died|expired|delivered|dose|shot|injection|infusion|treatment|appt|clinic)\s*:?\s+)"
    rf"|(?m:^[ \t]*)|(?<![\d%][ \t])(?<![\d%])\((?=(?:{_MD})\s*[,)]))(?P<v>{_MD}){_NOT_FRACTION_AFTER}")

# stop 38 (from probe_train6's misses): month/days with no year in a table, as its column heads ("Labs   10/11   10/12
# 10/13") or its rows' labels ("5/14   151/94   139/86" over "5/15   148/92   141/88"); after a culture, a line or a
# diagnosis ("BCx 12/1 2/2 MSSA", "PICC 2/6", "dx 3/18"), never a count of bottles ("BCx 2/2 GNR", "1/2 MSSA"); and right
# after a drug where a date ends a step of a course ("vancomycin/Zosyn 2/8 -> cefazolin 2/16", "ceftriaxone 4/7;"), never a
# strength ("Norco 5/325", "Sinemet 25/100") nor a part of a tablet ("Bactrim 1/2 tab")
_DATE_MD_CELL = re.compile(rf"(?m)(?<![^\s|])(?P<v>{_MD}|{_DAY_BIG}/{_MON_NUM})(?=[ \t]{{2,}}|[ \t]*\||\t|[ \t]*\|?[ \t]*$|[ \t]+(?:[01]\d|2[0-3]):?[0-5]\d\b)")
_MD_TOKEN = re.compile(rf"(?<![^\s|])(?:(?P<m>{_MON_NUM})/(?P<d>{_DAY})|(?P<dd>{_DAY_BIG})/(?P<mm>{_MON_NUM})|\[DATE\])(?![\w/])")
_ROW_LABEL = re.compile(rf"(?m)^[ \t]*(?:(?P<m>{_MON_NUM})/(?P<d>{_DAY})|(?P<dd>{_DAY_BIG})/{_MON_NUM}|\[DATE\])(?:[ \t]{{2,}}|\t)")
_DATE_MD_CULTURE = re.compile(rf"(?i:\b(?:BCx|UCx|cx|cultures?|aspirate|swab|RPR|PICC|H&P|dx|diagnosed)[ \t]*:?[ \t]+)(?P<v>{_MD})"
                              rf"{_NOT_FRACTION_AFTER}")
# ... after "next cycle" a day that cannot be a month ("Next cycle 2/24"; "cycle 2/6" is a count), and a day before a
# month written with its zero ("sent 28/04", "pass bilat 27/04"; a fraction has no zero before its denominator)
_DATE_NEXT_CYCLE = re.compile(rf"(?i:\bnext[ \t]+(?:cycle|tx|treatment)[ \t]+)(?P<v>{_MON_NUM}/{_DAY_BIG}){_NOT_FRACTION_AFTER}")
_DATE_DM_ZERO = re.compile(rf"(?<![\w/.:-])(?<!VA )(?<!VA: )(?<!OD )(?<!OS )(?<!OU )(?P<v>{_DAY}/0[1-9])(?![\w/]|[.,]\d){_NOT_FRACTION_AFTER}")
_DATE_MD_DRUG = re.compile(rf"(?P<w>\b[A-Za-z][A-Za-z-]{{3,}})[ \t]+(?P<v>{_MD})(?=[ \t]*(?:->|→|;|,|\)|$|\.(?:\s|$)|and\b|then\b|until\b|through\b))", re.M)


_CELL_GAP = re.compile(r"[ \t]{2,}|\t|[ \t]*\|[ \t]*|[ \t]+(?:[01]\d|2[0-3]):?[0-5]\d[ \t]{2,}")  # between a table's cells
_UNIT_AFTER = re.compile(rf"(?!{_NOT_FRACTION_AFTER})")


def _count_like(m: re.Match) -> bool:
    """A month/day that could be a count of a few ("1/2", "2/2", "3/4": of bottles, of a tablet)."""
    first, second = (int(x) for x in m.group("v").split("/"))
    return first <= second <= 4


def _table_date(m: re.Match) -> str:
    text, at = m.string, m.start("v")
    ls, le = text.rfind("\n", 0, at) + 1, (text.find("\n", at) + 1 or len(text) + 1) - 1
    if _UNIT_AFTER.match(text, m.end("v")):
        return m.group(0)  # "1/2    tab daily"
    tokens = list(_MD_TOKEN.finditer(text, ls, le))  # the line's month/days, and the dates already taken on it
    heads = [(int(t.group("m") or t.group("mm")), int(t.group("d") or t.group("dd"))) for t in tokens if t.group("m") or t.group("mm")]
    placed, label = len(tokens), text[ls:tokens[0].start()] if tokens else ""
    # column heads: two or more on the line set apart as cells, rising, not all of one denominator unless a date was taken
    # on the line ("3/5   4/5   5/5" is a strength's course), after no score's label ("Pain   7/10   5/10")
    gaps = [text[a.end():b.start()] for a, b in zip(tokens, tokens[1:])] + [label[-2:] if label.strip() else "  "]
    if placed >= 2 and all(_CELL_GAP.fullmatch(g) for g in gaps) and len(heads) >= 1 and heads == sorted(heads) and (
            len({d for _, d in heads}) > 1 or placed > len(heads)) and (
            placed >= 3 or any(d > 10 for _, d in heads)) and not _SCORE_BEFORE.search(label):
        return m.group(0)[: at - m.start()] + "[DATE]"
    # rows' labels: two lines or more begin with a month/day set apart, not all of one denominator
    rows = [r.group("d") or r.group("dd") for r in _ROW_LABEL.finditer(text)]
    if not text[ls:at].strip() and len(rows) >= 2 and (len({d for d in rows if d}) > 1 or None in rows):
        return m.group(0)[: at - m.start()] + "[DATE]"
    return m.group(0)


def _culture_date(m: re.Match) -> str:
    return m.group(0) if _count_like(m) else _value("[DATE]", "v")(m)


def _drug_date(m: re.Match) -> str:
    from medllm.clinical.names import _is_drug

    if _count_like(m) or not _is_drug(m.group("w")):
        return m.group(0)
    return _value("[DATE]", "v")(m)


# a month/day after an imaging test and the body part it imaged ("CT C/A/P 2/12:", "MRI L-spine w/o 3/4 showed")
_DATE_MD_IMAGING = re.compile(
    rf"(?i:\b(?:CT|CTA|MRI|MRA|US|CXR|PET(?:-CT)?|xray|x-ray|XR)(?:[ \t]+(?:[a-z]/[a-z](?:/[a-z])?|chest|abd(?:omen)?|pelvis|head|brain"
    rf"|neck|[ctl]-?spine|renal|ruq|liver|knee|hip|shoulder|w/?o?|with|without|contrast)){{1,3}}[ \t]*:?[ \t]+)(?P<v>{_MD}){_NOT_FRACTION_AFTER}")

# what follows an address label on its line ("Address: 27 Heol y Brenin, Rhiwbina, Cardiff CF14 6HF   Tel ...")
_ADDRESS_LABEL = re.compile(r"(?im)\b(?:(?:home|street|mailing|postal|permanent|current)\s+)?(?:address|addr)\s*:[ \t]*"
                            r"(?![ \t]*(?:unknown|none|n/?a|homeless|shelter|same|on\s+file|not\b|declined|pending|confirmed|verified|updated|see\b)\b)"
                            r"(?P<v>(?=\S)(?=[^\n]*[A-Za-z])[^\n]{3,90}?)[ \t]*(?=[ \t]{2,}|\t|$|\n|\s+(?:tel|ph|phone|mob|mobile|cell|DOB|MRN)\b)")


def _value(placeholder: str, *groups: str) -> Callable[[re.Match], str]:
    def fn(m: re.Match) -> str:
        for g in groups:
            if m.group(g) is not None:
                s, e = m.span(g)
                return m.group(0)[: s - m.start()] + placeholder + m.group(0)[e - m.start():]
        return m.group(0)
    return fn


def _md_cued(m: re.Match) -> str:
    out = m.group(0)
    s0 = m.start()
    parts = [m.span("v")]
    if m.group("r") is not None:
        parts.append((m.end("r"), m.end("r") + len(re.match(_MD + r"(?!\d)", m.string[m.end("r"):]).group(0))))  # "2/20", not "2/2"
    for s, e in reversed(parts):
        out = out[: s - s0] + "[DATE]" + out[e - s0:]
    return out


# two month/days after "between" ("on his shift between 1/16 and 2/20"), never fractions ("between 1/2 and 3/4 of the dose")
# nor scores ("pain between 2/10 and 4/10")
_DATE_MD_BETWEEN = re.compile(rf"(?i:\bbetween)[ \t]+(?P<v>{_MD})[ \t]+(?:and|&)[ \t]+(?P<w>{_MD}){_NOT_FRACTION_AFTER}")


def _md_between(m: re.Match) -> str:
    if _SCORE_BEFORE.search(m.string[max(0, m.start() - 25):m.start()]):
        return m.group(0)
    return m.group(0)[:m.start("v") - m.start()] + "[DATE]" + m.string[m.end("v"):m.start("w")] + "[DATE]"


def _weekday_date(m: re.Match) -> str:
    return "[DATE]"


# (a word's end too: "backpain", "positive"; never a verb's "leave", "arrive", "have", "gave"; "x" alone, after a count or in
# a culture's or a history's shorthand: "2x 1/2", "BCx 4/4", "Hx: 3/7"; never "approx 11/12", "fax) 9/16", "Boudreaux 4/22")
_SCORE_BEFORE = re.compile(r"(?i)(?:strength|power|motor|pain|scores?|scales?|apgars?|reflex(?:es)?|grade|ratio|gcs|vision|acuity"
                           r"|murmur|rated|station|cervix|dilation|sve|(?<!lea)(?<!arri)(?<!ha)(?<!ga)(?<!gi)(?<!dri)(?<!recei)(?<!mo)ve"
                           r"|\b(?:[bu]?cx|hx|sx)|(?:\b|(?<=\d))x)\W*$"
                           r"|/\d+\s*[-–]?\s*$"
                           # a count out of a whole: "day 5/14", "MoCA 9/30", "cycle 2/16"
                           r"|\b(?:day|cycle|week|wk|mmse|moca|bims|slums|gds(?:-?15)?|amts|6cit|ace-?iii|acer|mna|phq-?\d*|gad-?\d*|audit(?:-c)?|cam|rass|nihss|braden|morse"
                           r"|qsofa|sofa|apache|meld|edinburgh|epds|fraction"
                           # functional and bedside instruments ("Katz ADL 4/6", "Lawton IADL 2/8", "TOF 4/4", "Clock drawing 2/4")
                           r"|i?adls?|katz|lawton|barthel|fim|tof|twitch(?:es)?|train[- ]of[- ]four|clock[ \t]+draw(?:ing)?"
                           r"|recall|registration|orientation|tinetti|dgi|ecog|kps|nyha|cpot|flacc|ciwa(?:-ar)?|cows"
                           r"|sirs|ice|ubacc|ehl|cas|allred|amts|mini-cog|pc-ptsd-?\d?|total)\W*$")


def _unless_score(repl: Callable[[re.Match], str]) -> Callable[[re.Match], str]:
    """A month/day with no year is kept after a score word ("strength 4/5-5/5", "pain 3/10")."""
    def fn(m: re.Match) -> str:
        if _SCORE_BEFORE.search(m.string[max(0, m.start() - 25):m.start("v")]):
            return m.group(0)
        return repl(m)
    return fn


# round 6 (from the first half of bench/phi/probe_train2's misses, read after a first measurement):
# a weekday in any case before a day-first date, a dotted date with its year or an ordinal ("Mon 24/2", "wed 2/19",
# "Fri 14.02.25", "Thurs 30th", "saturday the 8th", "monday the seventeenth"); "sat" and "sun" only capitalized ("Pt sat
# 1/2 hr", "sun 1st time"), never a dose after it ("Mon 2.5, Tue 5", "Mon 12.5 units")
_DATE_WEEKDAY_ANY = re.compile(
    rf"\b(?:(?i:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|saturday|sunday)|Sat|SAT|Sun|SUN)\.?,?\s+"
    rf"(?:{_DAY}/{_DAY}(?:/(?:{_YEAR4}|\d{{2}}))?|{_DAY}\.{_DAY}\.(?:{_YEAR4}|\d{{2}})|(?i:(?:the\s+)?(?:{_DAY}(?:st|nd|rd|th)|{_ORD_BIG_WORDS})))"
    r"(?![\w/]|[.,]\d)(?!\s*(?i:mg|mcg|units?|hrs?|h|min|mL|tabs?|time|times|dose)\b)")
# an ordinal day with its month, either way round and with a year ("the 18th of March 2025", "3rd Sept 2024",
# "the twelfth of march twenty twenty six"), a day range with a month ("2-9 Jan", "14-21 April"), a day and a month's
# abbreviation ("02-SEP", "27-Mar"), a month word and a day over a year ("Mar 4/25", "Jun 2/1966"), French and Welsh
# months after "le" or with a year ("le 14 janvier 2025", "le 7 mars", "5 Mawrth 2025"); outside "the 3rd of May" a month
# word only capitalized ("Pain 2-3 may increase", "Pain dec 4/10", "2 medi-cups" are not dates)
_FR_CY_MONTHS = (r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
                 r"|ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr")
_MONTH_CASED = "|".join(f"{w.capitalize()}|{w.upper()}" for w in re.findall(r"[a-z]+", "jan january feb february mar march apr april may june jun july "
                                                                             "jul aug august sep sept september oct october nov november dec december"))
_DATE_ROUND6 = re.compile(
    rf"(?i:(?:\bthe\s+)?\b(?:{_DAY}(?:st|nd|rd|th)|{_ORD_WORDS})\s+of\s+(?:{_MONTH_WORDS})\b(?:\.?,?\s+(?:{_YEAR4}|{_SPOKEN_YEAR}))?)"
    rf"|\b{_DAY}(?:st|nd|rd|th)\s+(?:{_MONTH_CASED})\b(?:\.?,?\s+{_YEAR4})?"
    rf"|\b{_DAY}\s*[-–]\s*{_DAY}\s+(?:{_MONTH_CASED})\b(?:\.?,?\s+{_YEAR4})?"
    rf"|(?<![\w-]){_DAY}-(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?![\w-]|/\d)"
    rf"|\b(?:{_MONTH_CASED})\.?\s+{_DAY}/(?:{_YEAR4}|\d{{2}})\b(?![/.-]\d)"
    rf"|(?i:\ble\s+{_DAY}(?:er)?\s+(?:{_FR_CY_MONTHS})\b(?![\w-])(?:\s+{_YEAR4})?)|(?i:\b{_DAY}(?:er)?\s+(?:{_FR_CY_MONTHS})\s+{_YEAR4}\b)"
    rf"|(?<![\w/-]){_DAY}-{_DAY}/{_MON_NUM}/(?:{_YEAR4}|\d{{2}})\b(?![/.-]\d)")
# a date written in another European language: a day, its month's word and a year ("3 de enero de 2022", "12 marca 1934",
# "5 березня 2025 р.", "3. März 2024", "14 Hōngongoi 2024"), a day with its dot before a month ("2. června"), the year first in
# Hungarian ("2025. március 4."); a month's word alone, or with a day and no year or dot, stays (Spanish "3 de marzo" is above)
_EU_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "  # es
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "  # pt
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre "  # it
    "januar jänner februar märz april mai juni juli august september oktober november dezember "  # de
    "januari februari maart april mei juni juli augustus september oktober november december "  # nl
    "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre "  # fr
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia "  # pl
    "ledna února března dubna května června července srpna září října listopadu prosince "  # cs
    "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra "  # sk
    "január február március április május június július augusztus szeptember október november december "  # hu
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie "  # ro
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık "  # tr
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "  # ru
    "януари февруари март април май юни юли август септември октомври ноември декември "  # bg
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня "  # uk
    "kohitātea huitanguru poutūterangi paengawhāwhā haratua pipiri hōngongoi hereturikōkā mahuru whiringa-ā-nuku "
    "whiringa-ā-rangi hakihea")  # mi
_EU_MONTH = "|".join(sorted({re.escape(w) for w in _EU_MONTHS.split()}, key=len, reverse=True))
# after a day's dot with no year, only a month's word English does not share (a list's "1. November CT", "3. Mars bar",
# "Room 2. Mai Tran" stay)
_EU_MONTH_DOT = "|".join(sorted({re.escape(w) for w in _EU_MONTHS.split()} - set(
    "april august september november december mai mayo mars mart mei maj marzo juni juli".split()), key=len, reverse=True))
_DATE_EUROPEAN = re.compile(
    rf"(?i:(?<![\w./])(?:le[ \t]+)?{_DAY}(?:er)?\.?[ \t]+(?:de[ \t]+)?(?:{_EU_MONTH})(?:[ \t]+(?:de|del)\b)?[ \t]+{_YEAR4}\b"
    rf"(?![ \t]*(?:mg|mcg|g|kg|ml|units?|iu)\b)(?:[ \t]?(?:р\.|г\.|m\.|r\.))?"  # never a dose ("3 mei 2000 mg")
    rf"|(?<![\w./]){_DAY}\.[ \t]?(?:{_EU_MONTH_DOT})(?![\w])"
    rf"|(?<![\w./]){_YEAR4}\.[ \t]+(?:{_EU_MONTH})[ \t]+{_DAY}\.)")
# a spoken year after a date the rules took ("[DATE] twenty twenty six")
_DATE_YEAR_AFTER = re.compile(rf"(?<=\[DATE\]),?[ ](?:{_SPOKEN_YEAR})\b")

# where an ordinal stands as a day: before a full stop or a word that ends a date, never in a list of ordinals
_ORD_STANDS_AFTER = (r"(?=\s*(?:[.,;:)(!?]|$)|\s+(?:comma|full|period|with|at|around|approx|approximately|when|and|after|before|while|during|about|to|for|but|so|in|is"
                     r"|was|were|he|she|they|i|we|my|his|her|their|because|even|pending|then|until|till|as|or|wore|went)\b"
                     r"|\s*[-–—](?!\s*\d))"
                     r"(?!\s*(?:,|&|and|to|or|-|–)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b)")
# an ordinal alone after "on", "from", "until" ("saw Jarrah on 6th", "from the tenth comma", "on the ninth at about")
_DATE_ORD_AFTER = re.compile(
    rf"(?i)(?:(?<=\bon )|(?<=\bfrom )|(?<=\buntil )|(?<=\btill )|(?<=\bsince )|(?<=\bby ))(?:the\s+)?(?:{_DAY}(?:st|nd|rd|th)|{_ORD_BIG_WORDS})\b"
    + _ORD_STANDS_AFTER)
# an ordinal day after "the" where a day is planned or told ("born on the third at 0512", "do the 19th instead", "Next visit
# the tenth;", "take him the twelfth if", "fell on the\ntwenty eighth getting water"); "first", "second" and "third" too, but
# never one of a list ("on the first, second and third attempts") nor before a noun ("on the third floor", "by the 2nd dose")
_DATE_ORD_THE = re.compile(
    rf"(?i)\b(?:on|by|until|till|since|from|visit|control|appointment|appt|review|due|him|her|them|do|come|booked|scheduled)[ \t\n]+"
    rf"(?P<v>the[ \t\n]+(?:{_DAY}(?:st|nd|rd|th)|{_ORD_WORDS}))\b"
    r"(?=\s*(?:[.,;:)(!?]|$)|\s+(?:with|at|when|and|after|before|while|during|about|for|but|so|is|was|were|he|she|they|i|we|my|his"
    r"|her|their|because|then|as|or|getting|instead|if|unless|ok|okay|works?)\b)"
    r"(?!\s*(?:,|&|and|or|to|-|–)\s*(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth)\b)")
# a legal instrument's date ("this 14th day of March, 2025", "the 3rd day of March 2022")
_DATE_DAY_OF = re.compile(rf"(?i)\b{_DAY}(?:st|nd|rd|th)[ \t]+day[ \t]+of[ \t]+(?:{_MONTH_WORDS})\b\.?(?:,?[ \t]+{_YEAR4}\b)?")
# a phone extension written with a dash after "x" ("x5-2210", "x2-5514")
_PHONE_EXT_DASH = re.compile(r"(?<=\bx)(?P<v>\d{1,2}-\d{4})\b(?![ \t]*(?i:mL|ml|L|mg|mcg|g|ft|feet|m|meters?|units?|kcal|steps)\b)")
# a record number after a label, with letters before it and spaces inside ("Member ID 9284 1177 03", "ID XKC 771 20 4418",
# "Chart GMH 0448921", "Request ORC 9920183", "Medicare 4021 66390 3 / 1", "PHIN 112 483 907"): letters and digits, three
# groups or more, or six digits in a row; "ID", "chart" and "UR" only with a colon, "#" or "no." after them or before three
# capitals; never a range after a label ("ref 135-145", "Member ID 12345678 12 visits", "Per chart BP 120 80 72 98")
_ID_LABELLED_SPACED = re.compile(
    r"\b(?:(?i:member\s+ID|medicare|medicaid|PHIN|RAMQ|NHI|HCN|health\s+card|request)(?:\s*(?:#|no\.?|number))?[ \t]*[:#]?"
    r"|(?i:ID|chart|UR)(?:\s*(?:#|no\.?|number)|[ \t]*[:#])|(?i:ID|chart)(?=[ \t]+[A-Z]{3}))[ \t]*"
    r"(?P<v>[A-Z]{1,5}[ -]?\d{3,}(?:[ -]\d+)*(?:[ -][A-Z]{1,2})?|\d{1,5}(?:[ -]\d{1,5}){2,}(?:[ ]/[ ]\d)?|\d{6,})"
    r"(?![\w/-]|[.,]\d)(?![ \t]*(?i:mL|ml|mg|mcg|g|units?|h|hrs?|min|%|mmHg|kg|cm|copies|cells|IU)\b)")


def _labelled_spaced(m: re.Match) -> str:
    """Five digits or more after letters ("GMH 04481"), else seven ("chart 12 34 56" is not a number)."""
    v = m.group("v")
    digits = sum(c.isdigit() for c in v)
    return _value("[MRN]", "v")(m) if digits >= (5 if v[0].isalpha() else 7) else m.group(0)


def _intl_phone(m: re.Match) -> str:
    return "[PHONE]" if len(re.sub(r"\D", "", m.group(0))) >= 8 else m.group(0)


# stop 37 (read from the read sets' missed dates): a range of two month-days ("Apr 1-Apr 30, 2024", "Feb 3-Feb 14"; never
# "1-Apr" alone), a month's word, its day and a year joined by dashes ("Feb-02-1990"), a day and another language's month with no
# year where English shares no word with it ("on 2 juni", "until 15 maggio", "1 de novembro", "2 listopada"), a Chinese, Japanese
# or Korean date ("3月12日", "2025年3月12日", "3월 12일"), and a day with a Hijri, Nepali, Tongan, Samoan, Afghan or Iranian month
# ("15 Rajab 1405",
# "Mangsir 15", "Mangsir 2082", "3 Siulai", "12 Aperila")
_EU_MONTH_BARE = "|".join(sorted({re.escape(w) for w in _EU_MONTHS.split()} - set(
    "april august september november december mai mayo mars mart mei maj marzo juni juli maja julio augusta abril".split()),
    key=len, reverse=True))
_OTHER_CALENDAR = (r"Muharram|Safar|Rabi[ʿ'‘’ ]?(?:al|ul)[- ](?:Awwal|Thani|Akhir)|Jumada[- ](?:al|ul)[- ](?:Ula|Awwal|Akhirah|Thani)"
                   r"|Rajab|Sha[ʿ'‘’]?ban|Ramadh?an|Shawwal|Dhu[ 'l-]+(?:Qa[ʿ']?dah|Hijjah)"
                   r"|Baisakh|Baishakh|Jestha|Shrawan|Bhadra|Asoj|Ashwin|Kartik|Mangsir|Poush|Falgun|Chaitra"
                   r"|S[aā]nuali|F[eē]pueli|ʻ?Epeleli|Siulai|ʻ?Aokosi|Sepitema|ʻ?Okatopa|N[oō]vema|T[iī]sema"
                   r"|Ianuari|Fepuari|Aperila|Iulai|Aokuso|Setema|Oketopa|Novema|Tesema"
                   # the Afghan and the Iranian solar months that no other word spells ("1 Hamal 1395" on a tazkira)
                   r"|Hamal|Sawr|Jawza|Saratan|Sonbola|Sunbula|Mizan|Aqrab|Qaws|Jadi|Dalw"
                   r"|Farvardin|Ordibehesht|Khordad|Mordad|Shahrivar|Bahman|Esfand")
_DATE_STOP37 = re.compile(
    rf"\b{_MON_CAP}\.?[ \t]+{_DAY}[ \t]*[-–][ \t]*{_MON_CAP}\.?[ \t]+{_DAY}(?:,?[ \t]+{_YEAR4})?\b(?![/.]\d)"
    rf"|(?<![\w-]){_MON_CAP}-{_DAY}-(?:{_YEAR4}|\d{{2}})\b(?![-/.]\d)"
    rf"|(?:\b(?i:le)[ \t]+)?(?<![\w./-]){_DAY}(?:er)?[ \t]+(?:de[ \t]+)?(?:(?i:{_EU_MONTH_BARE})|juni|juli)(?![\w])(?![ \t]+\d)"
    r"|(?:(?:19|20)\d{2}[ \t]?年[ \t]?)?(?:0?[1-9]|1[0-2])[ \t]?月[ \t]?(?:0?[1-9]|[12]\d|3[01])[ \t]?[日号]"
    r"|(?:(?:19|20)\d{2}[ \t]?년[ \t]?)?(?:0?[1-9]|1[0-2])[ \t]?월[ \t]?(?:0?[1-9]|[12]\d|3[01])[ \t]?일"
    rf"|(?<![\w./-]){_DAY}[ \t]+(?:{_OTHER_CALENDAR})\b(?:,?[ \t]+\d{{4}}\b)?|\b(?:{_OTHER_CALENDAR})[ \t]+(?:{_DAY}|\d{{4}})\b(?![.,/]\d)"
    rf"(?![ \t]*(?i:mg|mcg|g|kg|ml|units?|%)\b)"
    # "fell sat the 15th", "walk-in emerg sat 11/16" (a saturation is never written so); a Thai date ("12 มี.ค. 2568")
    rf"|\b(?:sat|sun)[ \t]+(?:the[ \t]+{_DAY}(?:st|nd|rd|th)\b|{_MON_NUM}/{_DAY_BIG}\b(?![/.]\d))"
    r"|(?<!\d)(?:0?[1-9]|[12]\d|3[01])[ \t]?(?:ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)(?:[ \t]?\d{4})?")


# stop 37, record numbers and phones (read from the read sets' misses):
# - an identifier read out after its spelled letters ("S as in sugar zero zero four one seven", "m h six six four zero two one one
#   nine", "H four four zero nine one") or with a spoken dash ("two two dash zero nine one one four seven"): five digit words or more;
# - an extension or a pager read out after its word ("pager four three seven two", "call me at four one seven seven");
# - a number with another country's area code ("(020) 8684 1127", "(03) 339 1169", "07 348 2266", "020 8983 2247"), and
#   "(313)5550177";
# - an account's last digits ("Acct ending 6610", "checking ending 0417");
# - a national or licence number in dotted thousands after its label ("DNI 32.418.907", "HC 551.230", "CRM-MG 58.112");
# - an identifier after a label that names one ("key BLT7Q2RK", "ref 7000-4419-8826", "lic R4417", "NPI 1467 339 028",
#   "Subject 07-0331", "serial 184226", "UNOS ABCD123", "PFN BXK771", "Cause No. 2025-01822", "personnummer 20210311-4478")
_SPOKEN_LETTERS = (r"(?:\b[A-Za-z][ ]as[ ]in[ ][A-Za-z]+,?[ ](?:[A-Za-z][ ]){0,3}|\b(?:[A-Za-z][ ]){2,4}"
                   rf"|\b[A-Z][ ](?=(?i:{_DIGIT_WORD})(?:[ ](?i:{_DIGIT_WORD})){{4}}))")
_SPOKEN_ID = re.compile(
    rf"(?<![\w.,/-])(?:(?:(?P<l>(?i:m[ ]r[ ]n|i[ ]d|n[ ]h[ ]s)[ ])(?:{_SPOKEN_LETTERS})?|{_SPOKEN_LETTERS})"
    rf"(?:(?i:{_DIGIT_WORD})(?:(?:[ ]|,[ ]|[ ]dash[ ])(?i:{_DIGIT_WORD})){{3,}}|\d(?:[ ]\d){{3,}})"
    rf"|(?i:{_DIGIT_WORD})(?:(?:[ ]|,[ ])(?i:{_DIGIT_WORD}))*[ ]dash[ ](?i:{_DIGIT_WORD})(?:(?:[ ]|,[ ]|[ ]dash[ ])(?i:{_DIGIT_WORD})){{2,}})"
    r"(?![\w-])")
_SPOKEN_EXT = re.compile(rf"(?i)\b(?:pager|pgr|extension|ext|call\s+me\s+at|page\s+me\s+at|fax\s+is|reach\s+me\s+at)[ \t]+"
                         rf"(?P<v>{_DIGIT_WORD}(?:[ ]{_DIGIT_WORD}){{1,5}})\b(?![ ](?:{_DIGIT_WORD}|hundred|thousand|mg|units?)\b)")
_PHONE_AREA0 = re.compile(r"(?<![\w+.-])(?:\(0\d{1,4}\)[ ]?\d{3,4}[ -]?\d{3,4}|0\d[ ]\d{3}[ ]\d{4}|0\d{2}[ ]\d{4}[ ]\d{4}|\([2-9]\d{2}\)\d{7})"
                          r"(?![\w-]|[.,]\d|[ ]\d)")
_ACCOUNT_ENDING = re.compile(r"(?i)\b(?:acct|account|checking|savings|card|visa|mastercard|amex|debit|credit)[ \t]+(?:#[ \t]*)?ending(?:[ \t]+in)?[ \t]+"
                             r"(?P<v>\d{4})\b")
_ID_DOTTED = re.compile(r"\b(?:DNI|NIE|NIF|HC|NHC|SIP|MN|MP|CRM(?:-[A-Z]{2})?|COREN(?:-[A-Z]{2})?|CC|CPF|RG|RUT|RUN|CUIL|CUIT|CI|NSS)"
                        r"\.?[ \t]*[:#]?[ \t]*(?P<v>\d{1,3}(?:\.\d{3}){1,3}(?:-[\dkK])?)\b(?![.,]\d)")
_ID_LABEL_MORE = re.compile(
    r"(?:(?i:\b(?P<k>key|ref(?:erence)?(?:[ \t]*(?:#|no\.?|number))?|call[ \t]+ref|lab[ \t]+ref)(?!\w)"
    r"|\b(?:lic(?:ense|ence)?(?:[ \t]*(?:#|no\.?))?|serial(?:[ \t]*(?:#|no\.?|number))?|personnummer|cause[ \t]+no\.?"
    r"|docket(?:[ \t]*(?:#|no\.?))?|pin)(?!\w))"
    r"|\b(?P<u>UNOS|PFN)\b|\b(?:NPI|DEA|MCRN|IMC|GMC|NMC|AHPRA|Subject|SUBJECT|Donor|DONOR|Participant)\b"
    r"(?:[ \t]*(?:#|no\.?|ID))?"
    r"|\bPCR[ \t]*#)"
    r"[ \t]*[:#]?[ \t]*(?P<v>(?=[A-Z0-9-]*\d)(?:[A-Z]{1,5}-)?[A-Z0-9]+(?:-[A-Z0-9]+)*(?:[ ]\d{3,4}){0,2}(?:[ ][A-Z])?)\b"
    r"(?![./-]\w)(?![ \t]*(?:mL|ml|mg|mcg|g|kg|units?|h|hrs?|min|%|mm|cm|s|sec)\b)")


def _id_label_more(m: re.Match) -> str:
    v = m.group("v")
    digits = sum(c.isdigit() for c in v)
    low_high = re.fullmatch(r"(\d+)-(\d+)", v)
    if (low_high and not v.startswith("0") and not low_high.group(2).startswith("0")
            and int(low_high.group(1)) < int(low_high.group(2)) <= 10 * int(low_high.group(1))):
        return m.group(0)  # a reference range ("WBC 14.2 (ref 4000-11000)")
    if re.fullmatch(r"[A-Z]{2,6}-(?:19|20)\d\d", v):
        return m.group(0)  # a reference standard and its year ("Ref: GLI-2012")
    coded = (m.group("k") or m.group("u")) and len(v) >= 6 and digits >= 2 and sum(c.isalpha() for c in v) >= 2  # "key BLT7Q2RK"
    return _value("[MRN]", "v")(m) if (digits >= 4 and len(v) >= 5) or coded else m.group(0)


# a person's name as the record systems write it: HL7's "FAMILY^GIVEN^M" (after a user's or a provider's id: "dwu^WU^DAN",
# "1568834920^MENSAH^AKUA^N^^^MD"), and a quoted "Last, First M" field of a CSV or JSON export ('"Haile, T"',
# '"text": "Ionescu-Petrov, Elena M"'); never a coded value ("SPO^Spouse", "CTHWO^CT HEAD WO^CPT", "WBC^WBC^LN") nor a quoted
# place ('"Dallas, TX"')
_HL7_NAME = re.compile(r"(?<![\w^])(?:(?:\d+|[a-z][\w.]*)\^)?(?P<v>(?P<f>[A-Z][A-Z'’]*(?:[ -][A-Z][A-Z'’]*)*)\^(?P<g>[A-Z][A-Z'’]*(?:-[A-Z][A-Z'’]*)?)"
                       r"(?:\^[A-Z](?![\w'’-]))?)(?=[|~^,.;)]|$|[ \t]+[(a-z])", re.M)
_QUOTED_NAME = re.compile(r"(?<=\")(?P<v>(?P<f>[A-Z][\w'’]*(?:[ -][A-Za-z][\w'’]*){0,3}),[ \t]?(?P<g>[A-Z][\w'’-]*)(?:[ \t][A-Z]\.?)?"
                          r"(?:[ \t](?:Jr|Sr|III)\.?)?)(?=\")")


def _record_name(m: re.Match) -> str:
    from medllm.clinical import name_words
    from medllm.clinical.names import _clinical_any_case

    family, given = m.group("f"), m.group("g")
    g = given.capitalize()
    if " " in family and m.string[m.start("v") - 1:m.start("v")] in (" ", "\t"):
        return m.group(0)  # a field's words in running text ("CT HEAD WO^CPT")
    if "F" not in name_words.name_kind(g) and any(_clinical_any_case(w) for w in re.split(r"[ -]", family) + [given] if len(w) > 1):
        return m.group(0)
    if m.re is _HL7_NAME and "F" not in name_words.name_kind(g) and not (len(given) > 3 and name_words.word_class(g) == "U"):
        return m.group(0)  # a code and its value ("SPO^Spouse", "LANG^NEP", "INTERP^Y"): a given name, or a word no list knows
    if len(given) > 1 and name_words.word_class(g) == "E" and "F" not in name_words.name_kind(g):
        return m.group(0)  # '"Spouse, Other"'
    if len(given) == 2 and given.isupper() and m.re is _QUOTED_NAME:
        return m.group(0)  # a state's code ('"Dallas, TX"')
    return _value("[NAME]", "v")(m)


# stop 43 (from the read sets' misses): a FHIR resource's patient or practitioner ("reference": "Patient/7731045", a
# Patient resource's "id"), an interpreter's code or ID ("interpreter line ... code 99214"; "interpreter Amra H., ID 2093":
# the label "ID" after a comma goes with the number, so that no "Name, ID" is left to read as a town in Idaho; never a
# billing code after "CPT"), a registration or a file number of slashed parts ("TB Reg No LSK/CHW/2025/0388"), and an HL7
# timestamp of twelve or fourteen digits ("|||20250512130500|||") as a date
_ID_STOP43 = re.compile(
    r"\"reference\"[ \t]*:[ \t]*\"(?:Patient|Person|RelatedPerson|Practitioner)/(?P<v>[^\"/\s]+)\""
    r"|\"resourceType\"[ \t]*:[ \t]*\"(?:Patient|Person|RelatedPerson|Practitioner)\"[ \t]*,\s*\"id\"[ \t]*:[ \t]*\"(?P<w>[^\"]+)\""
    r"|(?i:\binterpret(?:er|ers|ing|ed|ation)\b)[^.;\n]{0,60}\n?[^.;\n]{0,60}?(?<!CPT )(?<!cpt )\b(?:(?i:code|#|no\.?)[ \t]*[:#]?[ \t]*"
    r"(?P<x>\d{3,8})|(?<=,[ \t])(?P<z>ID[ \t]*[:#]?[ \t]*\d{3,8}))\b(?![./:-]\d)"
    r"|\b(?i:reg(?:istration)?|file|case|folio)[ \t]*(?i:no\.?|number|#)[ \t]*:?[ \t]*(?P<y>[A-Z0-9]{2,}(?:/[A-Z0-9]{2,}){2,})\b(?!/)")
_DATE_HL7_STAMP = re.compile(r"(?<![\w.])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?"
                             r"(?:\.\d+)?(?:[+-]\d{4})?(?![\w.])")


# (placeholder, pattern, replacement or None) run before redact.PATTERNS
FIRST: list[tuple[str, re.Pattern, Callable[[re.Match], str] | None]] = [
    ("[NAME]", _HL7_NAME, _record_name),
    ("[NAME]", _QUOTED_NAME, _record_name),
    ("[ADDRESS]", _ADDRESS_LABEL, _value("[ADDRESS]", "v")),
    ("[MRN]", _ID_LABELLED_SPACED, _labelled_spaced),
    ("[MRN]", _MBI, None),
    ("[MRN]", _ALNUM_ID, None),
    ("[MRN]", _ID_MORE, _value("[MRN]", "v", "w")),
    ("[SSN]", _SSN_MASKED, None),
    ("[SSN]", _SSN_LAST4, _value("[SSN]", "v", "w")),
    ("[MRN]", _MRN_MORE, _value("[MRN]", "v", "w", "x", "y")),
    ("[MRN]", _HASH_ID, _value("[MRN]", "v")),
    ("[MRN]", _BADGE_HASH, _value("[MRN]", "v")),
    ("[MRN]", _ICN, None),
    ("[PHONE]", _PHONE_AU, lambda m: _value("[PHONE]", "v")(m) if m.group("v") else "[PHONE]"),
    ("[ADDRESS]", _POSTCODE, None),  # the town checked in `postcode`
    ("[ADDRESS]", _ADDRESS, _address),
    ("[PHONE]", _PHONE_INTL, _intl_phone),
    ("[DATE]", _DATE_EUROPEAN, None),
    ("[DATE]", _DATE_STOP37, None),
    ("[MRN]", _ID_STOP43, _value("[MRN]", "v", "w", "x", "y", "z")),
    ("[DATE]", _DATE_HL7_STAMP, None),
    ("[MRN]", _SPOKEN_ID, lambda m: m.group(0) if _DIGITS_TEST_BEFORE.search(m.string[max(0, m.start() - 40):m.start()])
     else (m.group("l") or "") + "[MRN]"),  # the label read out stays ("m r n [MRN]")
    ("[PHONE]", _SPOKEN_EXT, _value("[PHONE]", "v")),
    ("[PHONE]", _PHONE_AREA0, None),
    ("[MRN]", _ACCOUNT_ENDING, _value("[MRN]", "v")),
    ("[MRN]", _ID_DOTTED, _value("[MRN]", "v")),
    ("[MRN]", _ID_LABEL_MORE, _id_label_more),
    ("[DATE]", _DATE_DAY_RANGE, None),
    ("[DATE]", _DATE_DAY_FIRST, None),
    ("[DATE]", _DATE_LABELLED, _value("[DATE]", "v")),
    ("[DATE]", _DATE_ROUND5, None),
    ("[DATE]", _SPOKEN_DOB, _value("[DATE]", "v")),
    ("[DATE]", _DATE_ROUND6, None),
    ("[DATE]", _DATE_WEEKDAY_ANY, None),
    ("[DATE]", _DATE_ORD_AFTER, None),
    ("[DATE]", _DATE_ORD_THE, _value("[DATE]", "v")),
    ("[DATE]", _DATE_DAY_OF, None),
]

# run after redact.PATTERNS (the full dates are gone by then)
LAST: list[tuple[str, re.Pattern, Callable[[re.Match], str] | None]] = [
    ("[PHONE]", _PHONE_LINE, _value("[PHONE]", "v")),
    ("[PHONE]", _PHONE_MORE, _value("[PHONE]", "v", "w")),
    ("[AGE>89]", _AGE_MORE, lambda m: m.group(0) if (_VITAL_BEFORE.search(m.string[max(0, m.start() - 12):m.start()])
                                                     or (m.group("z") and _READING_BEFORE.search(m.string[max(0, m.start() - 30):m.start()])))
     else _value("[AGE>89]", "v", "x", "y", "z")(m)),
    ("[ADDRESS]", _ZIP_LABEL, _value("[ADDRESS]", "v")),
    ("[DATE]", _DATE_MORE, None),
    ("[PHONE]", _PHONE_EXT, _value("[PHONE]", "v", "u", "w", "t")),
    ("[ADDRESS]", _CITY_STATE, None),
    ("[ADDRESS]", _STREET_NAMED, None),
    ("[ADDRESS]", _PLACE_CUE, None),  # the place checked in `place_value`
    ("[ADDRESS]", _PLACE_LISTED, None),  # the place checked in `listed_place`
    ("[DATE]", _DATE_PART_MONTH, None),
    ("[DATE]", _WEEKDAY_ONLY, _weekday_date),
    ("[DATE]", _DATE_MD_TIME, _unless_score(_value("[DATE]", "v"))),
    ("[DATE]", _DATE_MD_CUED, _unless_score(_md_cued)),
    ("[DATE]", _DATE_MD_BETWEEN, _md_between),
    ("[DATE]", _DATE_MD_RANGE_END, _value("[DATE]", "v")),
    ("[DATE]", _DATE_MD_BIG_DAY, _unless_score(_value("[DATE]", "v"))),
    ("[DATE]", _DATE_MD_ROUND5, _unless_score(_value("[DATE]", "v"))),
    ("[DATE]", _DATE_MD_IMAGING, _unless_score(_value("[DATE]", "v"))),
    ("[DATE]", _DATE_MD_CULTURE, _culture_date),  # (not `_unless_score`: "BCx" ends as "x 3/4" does)
    ("[DATE]", _DATE_MD_DRUG, _unless_score(_drug_date)),
    ("[DATE]", _DATE_NEXT_CYCLE, _value("[DATE]", "v")),
    ("[DATE]", _DATE_DM_ZERO, _unless_score(_value("[DATE]", "v"))),
    ("[DATE]", _DATE_MD_CELL, _table_date),  # (its own check of a score's label: the cell before is a fraction)
    ("[DATE]", _WEEKDAY_BEFORE, lambda m: ""),
    ("[PHONE]", _PHONE_UK, None),
    ("[MRN]", _SPOKEN_DIGITS, _spoken_digits),
    ("[PHONE]", _PHONE_EXT_DASH, _value("[PHONE]", "v")),
    ("[DATE]", _DATE_YEAR_AFTER, lambda m: ""),
]


def place_value(is_word: Callable[[str], bool]) -> Callable[[re.Match], str]:
    """A place after "lives in": kept when its words are ordinary words or clinical ones ("lives in Pain")."""
    def fn(m: re.Match) -> str:
        if m.group("st") is None and all(is_word(w) for w in re.split(r"[ -]", m.group("v")) if w[:1].isupper()):
            return m.group(0)
        return m.group(0)[: m.start("v") - m.start()] + "[ADDRESS]"
    return fn


# town names that are also scales, devices, procedures, anatomy, holidays, tribes or companies
_NOT_PLACE = set("""
rankin moca geneva edinburgh oswestry lawton lugano vienna atlanta bethesda boston columbia lille yale nottingham hamilton
peabody vineland ann arbor salem hickman harrington luque kasai sano chiari miami philadelphia minerva jewett thomas jackson
edwards stryker baxter parkland bowen tarsus pons loa noma christmas easter apache cheyenne navajo hakha falam tedim toyota
cadillac lincoln molina aurora glenn mohs humana aetna cigna kaiser mayo hopkins sinai mercy providence christus ascension
""".split())


def postcode(is_place: Callable[[str], bool]) -> Callable[[re.Match], str]:
    def fn(m: re.Match) -> str:
        return "[ADDRESS]" if is_place(m.group("town")) else m.group(0)
    return fn


def listed_place(ordinary: Callable[[str], bool], is_place: Callable[[str], bool]) -> Callable[[re.Match], str]:
    """The longest run of words at the match's start that the place lists know, unless it is one
    ordinary, clinical, drug or eponym word ("in Normal", "to Foley", "in Hope" stay) or a street's name."""
    def fn(m: re.Match) -> str:
        words = m.group("v").split(" ")
        for k in range(min(len(words), 3), 0, -1):
            phrase = " ".join(words[:k]).rstrip(".")
            if not is_place(phrase):
                continue
            if (k == 1 and ordinary(phrase)) or phrase.lower() in _NOT_PLACE or (k > 1 and all(ordinary(w) for w in phrase.split())):
                return m.group(0)
            rest = m.string[m.start() + len(phrase):m.start() + len(phrase) + 24]
            # a town stands before punctuation or a small word: never before a number, a thing's noun or
            # another capitalized word ("Rankin 2", "Salem sump", "Miami J collar", "Toyota Camry")
            if not re.match(r"[ \t]*(?:[,.;:)!?]|$|\n)|[ \t]+(?:and|or|on|with|for|last|next|this|that|since|until|to|at|in|where|when"
                            r"|area|yesterday|today|tomorrow|recently|now|before|after|by|from|who|which|but|because|while|during|but)\b", rest):
                return m.group(0)
            return "[ADDRESS]" + m.group(0)[len(phrase):]
        return m.group(0)
    return fn


_ADDRESS_JOIN = re.compile(rf"\[ADDRESS\](?:(?:,\s*|\s+)\[ADDRESS\]|,[ \t]*{_STATES}(?![\w-])(?:[ \t]+\d{{5}}(?:-\d{{4}})?\b)?)")


def join_addresses(text: str) -> str:
    """"[ADDRESS], [ADDRESS]" (a street, then its city found apart) is one address."""
    while "[ADDRESS]" in text:
        new = _ADDRESS_JOIN.sub("[ADDRESS]", text)
        if new == text:
            break
        text = new
    return text


def date_after_name(text: str) -> str:
    """"[NAME] 8/14:" -> "[NAME] [DATE]:" (the names are found after the other patterns ran)."""
    return _DATE_MD_AFTER_NAME.sub(_unless_score(_value("[DATE]", "v")), text)


# a month/day beside a date the probe or a name's pass found last: a range's other end ("PLEX [DATE]-3/9", "3/2-[DATE]"), a
# dictation's transcription stamp after its dictation date ("D: [DATE]  T: 3/5"), and a bulleted line's first month/day where
# another bulleted line begins with a date ("- [DATE] Rad Onc consult" / "- 4/23 Med Onc")
_DATE_MD_RANGE_START = re.compile(rf"(?<![\w/.])(?P<v>{_MD})(?=[ \t]*[-–][ \t]*\[DATE\])")
_DATE_T_STAMP = re.compile(rf"(?<=\bD:[ \t]\[DATE\])(?P<sep>[ \t]+T[ \t]*:[ \t]*)(?P<v>{_MD}(?:/(?:{_YEAR4}|\d{{2}}))?)(?![\w/]|[.,]\d)")
_DATE_BULLET = re.compile(rf"(?m)^(?P<b>[ \t]*[-*•][ \t]*)(?P<v>{_MD})(?=[ \t]+[A-Za-z])")
_DATED_BULLET = re.compile(r"(?m)^[ \t]*[-*•][ \t]*\[DATE\][ \t]+[A-Za-z]")


def dates_beside_dates(text: str) -> str:
    """Month/days that stand as dates only beside a date found after the patterns ran (see the comment above)."""
    if "[DATE]" not in text:
        return text
    text = _DATE_MD_RANGE_END.sub(_unless_score(lambda m: m.group("sep") + "[DATE]"), text)
    text = _DATE_MD_RANGE_START.sub(_unless_score(_value("[DATE]", "v")), text)
    text = _DATE_T_STAMP.sub(lambda m: m.group("sep") + "[DATE]", text)
    if _DATED_BULLET.search(text):
        text = _DATE_BULLET.sub(_unless_score(lambda m: m.group("b") + "[DATE]"), text)
    return text


# a number over 89 set off after a relative or a word of a relative's life ("His mother, 96, lives", "(pt's mother-in-law, 94)",
# "(alive, 90, lives with", "| mother-in-law   | 91   |"); a birthday's ordinal ("his ninety-first birthday", "her 100th
# birthday"); the years lived ("she has lived ninety-five years")
_AGE_AFTER_RELATION = re.compile(
    r"(?i)\b(?:mother|father|mom|mum|dad|grandmother|grandfather|grandma|grandpa|granny|nana|aunt|uncle|(?:mother|father)-in-law"
    r"|husband|wife|spouse|partner|sister|brother|alive|living|widow|widower)"
    r"(?P<p>,[ \t]*|[ \t]*\([ \t]*|[ \t]*\|[ \t]*)(?P<v>9\d|1[01]\d)(?=[ \t]*[,)|])")
_AGE_ORDINAL = re.compile(rf"(?i)\b(?P<v>(?:ninety|one[ -]hundred(?:[ -]and)?)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
                          r"|ninetieth|(?:one[ -])?hundredth|9\d(?:st|nd|rd|th)|1[01]\d(?:st|nd|rd|th))(?=[ \t]+birthday\b)"
                          rf"|\blived[ \t]+(?P<w>9\d|{_SPELLED_OVER_89})(?=[ \t]+years\b)")


# a badge's number after a name ("released to Evidence Tech [NAME] #812")
_BADGE_AFTER_NAME = re.compile(r"(?<=\[NAME\] #)\d{2,6}\b(?![.,/:]\d)")


def ids_beside_names(text: str) -> str:
    """"[NAME] #812" -> "[NAME] #[MRN]"; a phone's three-digit extension right after a name or an e-mail address
    (`_EXTENSION_AFTER_CONTACT`); and a row's number of five digits or more before a name ("04417   [NAME]   Maint")."""
    text = _ROW_ID_BEFORE_NAME.sub(r"\g<i>[MRN]", _BADGE_AFTER_NAME.sub("[MRN]", text))
    return _EXTENSION_AFTER_CONTACT.sub("[PHONE]", text)


# a row's employee, patient or case number before the row's name ("04417   [NAME]   Maint   R   14 dB"); four digits may
# be a clock time ("0730  [NAME]")
_ROW_ID_BEFORE_NAME = re.compile(r"(?m)^(?P<i>[ \t]*)\d{5,10}(?=[ \t]{2,}\[NAME\])")


# a three-digit extension right after a name or an e-mail address ("Office: [NAME] x210", "[EMAIL], x214"); four or five
# digits after "x" are `_PHONE_EXT`'s anywhere, three elsewhere may be a count ("Norco x120")
_EXTENSION_AFTER_CONTACT = re.compile(r"(?:(?<=\[NAME\] x)|(?<=\[NAME\], x)|(?<=\[EMAIL\] x)|(?<=\[EMAIL\], x))\d{3}\b(?![.,/:]\d)"
                                      r"(?![ \t]*(?i:mL|ml|mg|mcg|cc|units?|tabs?|caps?|doses?|min|h|hrs?|d|days?|wks?|weeks?)\b)")


def age_after_name(text: str) -> str:
    """"[NAME], 96," -> "[NAME], [AGE>89],": a number over 89 set off right after a name is an age; so is one in the
    table cell after a name's ("[NAME], [NAME]   92   NHS ..."), one after a relative (`_AGE_AFTER_RELATION`) and a birthday's
    ordinal (`_AGE_ORDINAL`)."""
    text = _AGE_AFTER_NAME.sub(lambda m: m.group("p") + "[AGE>89]", text)
    text = _AGE_AFTER_RELATION.sub(lambda m: m.group(0)[:m.start("v") - m.start()] + "[AGE>89]", text)
    text = _AGE_ORDINAL.sub(_value("[AGE>89]", "v", "w"), text)
    return _AGE_CELL_AFTER_NAME.sub(lambda m: m.group("p") + "[AGE>89]", text)


# ----------------------------------------------------------------------------- tables and lists
#
# A table written with pipes ("Name | MRN | DOB") says what each column holds: the cells under a
# name column are names, those under a record-number column are record numbers, whatever they look like.

_NAME_HEADER = re.compile(r"(?i)^(?:(?:pt|patient|client|resident|member|family|contact|staff|provider|nurse|physician)\s+)?name"
                          r"|^(?:patient|pt|client|resident)$")
_MRN_HEADER = re.compile(r"(?i)^(?:MRN|MR\s?#|med(?:ical)?\s+rec(?:ord)?(?:\s*#)?|record\s*#|chart\s*#|acct\s*#?|account|ID|pt\s+ID|FIN|CSN)$")


_ANY_HEADER = re.compile(r"(?i)^(?:dose|drug|medication|route|frequency|date|time|result|value|test|unit|plan|dispo|bed|room|rm"
                         r"|DOB|age|sex|status|diagnosis|dx|regimen|comment|notes?|ride)$")


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in line.split("|"):
        s = offset + pos + (len(part) - len(part.lstrip()))
        e = offset + pos + len(part.rstrip())
        spans.append((s, max(s, e)))
        pos += len(part) + 1
    return spans


def _lines(text: str) -> list[tuple[str, int]]:
    """Each line of `text` with its offset."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    return lines


def table_columns(text: str, header: re.Pattern) -> list[tuple[int, int]]:
    """Spans of the cells under the columns whose header matches, in pipe tables."""
    out: list[tuple[int, int]] = []
    lines = _lines(text)
    cols: set[int] | None = None
    ncells = 0
    first = True  # the table's first row: its header, if any
    for line, off in lines:
        if line.count("|") < 2:
            cols, first = None, True
            continue
        cells = _cells(line, off)
        if re.fullmatch(r"[\s|:+-]*", line):
            continue  # a markdown rule
        heads = [text[s:e].strip() for s, e in cells]
        named = [h for h in heads if h]
        # a later row is a header where a cell is one, with no digit; a bare "pt" makes none ("| insulin | sc | pt |" is a row)
        header_row = first or (not re.search(r"\d", line) and all(len(h.split()) <= 2 for h in heads) and any(
            (header.search(h) or _ANY_HEADER.search(h)) and h.lower() not in ("pt", "patient", "client", "resident") for h in named))
        first = False
        if cols and header_row:
            cols = None  # a new header row: another table starts
        if cols:
            if abs(len(cells) - ncells) > 1:
                cols = None
            else:
                out += [cells[c] for c in cols if c < len(cells) and cells[c][1] > cells[c][0]]
                continue
        if not header_row:
            continue
        found = {i for i, h in enumerate(heads) if header.search(h)}
        if found:
            cols, ncells = found, len(cells)
    return out


# a column of the staff who did, gave, signed or counted ("RN", "Init", "By", "Given by", "Circ", "Scrub", "Tech"):
# its cells are people, most often their initials ("| kr |", "| mk/jt |", "| ES |"); never a column of times (a MAR's
# or a flowsheet's "0600" holds values as well as initials) nor of a service or a pathology result
_STAFF_HEADER = re.compile(r"(?i)^(?:rn|lpn|nurse|init(?:ial)?s?|(?:[a-z]+[ \t]+)?by|staff|circ(?:ulator)?|scrub|tech|therapist"
                           r"|crna(?:/res(?:ident)?)?|anes(?:th(?:esia|esiologist))?|resident|fellow|surgeon|attending|md|prov(?:ider)?"
                           r"|owner|sign(?:ed|ature)?|witness(?:ed)?|wit)$")  # never "Sig" (a prescription's directions)


def staff_cells(text: str) -> list[tuple[int, int]]:
    """Cells under a staff column of a pipe table."""
    return table_columns(text, _STAFF_HEADER)


def staff_row_cells(text: str) -> list[tuple[int, int]]:
    """Cells right after a staff label in a pipe table's row ("| Circ | cw | Scrub | dl |")."""
    out = []
    for line, pos in _lines(text):
        if line.count("|") < 2:
            continue
        cells = _cells(line, pos)
        heads = [text[a:b] for a, b in cells]
        if sum(bool(h.search(c)) for c in heads for h in (_ANY_HEADER, _NAME_HEADER, _MRN_HEADER)) >= 2:
            continue  # a header row ("time | patient | MRN | by | RB")
        out += [cells[i + 1] for i in range(len(cells) - 1)
                if _STAFF_HEADER.search(heads[i]) and heads[i + 1]
                and not any(h.search(heads[i + 1]) for h in (_STAFF_HEADER, _ANY_HEADER, _NAME_HEADER))]
    return sorted(set(out))


def table_mrns(text: str) -> str:
    spans = [(s, e) for s, e in table_columns(text, _MRN_HEADER) if re.search(r"\d", text[s:e]) and "[" not in text[s:e]]
    for s, e in reversed(spans):
        text = text[:s] + "[MRN]" + text[e:]
    return text


def table_names(text: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e in table_columns(text, _NAME_HEADER)
            if re.search(r"[^\W\d_]{2}", text[s:e]) and "[" not in text[s:e]]


_LIST_ITEM = re.compile(r"(?:\s*(?:,|/|&)\s*(?:and\s+)?|\s+(?:and|&)\s+)(?P<v>[^\W\d_][\w'’-]*(?:[ ](?:[^\W\d_][\w'’-]*)){0,3})")


def extend_lists(text: str, spans: list[tuple[int, int]], is_item: Callable[[str, int], bool],
                 pattern: re.Pattern | None = None) -> list[tuple[int, int]]:
    """Names listed after a name found ("Attendance: Jade, Ravi, Cheyenne", "Park Min-seo / Kim Do-yun"):
    each next item joined by a comma, a slash or "and" that `is_item` accepts is a name too. `pattern`: another joiner
    and item (its group "v") than `_LIST_ITEM`'s."""
    pattern = pattern or _LIST_ITEM
    out = []
    for s, e in spans:
        while True:
            m = pattern.match(text, e)
            if not m or not is_item(m.group("v"), m.end("v")):
                break
            out.append(m.span("v"))
            e = m.end("v")
    return out


# shapes the embedded model's date and record-number heads decide on (`name_model.spans`): what the rules above
# leave because a cue is missing ("skin tear 2/2", "DOS 021725", "rebound TSB 9.8 10/19", "Chart LGH 3302-7716");
# a candidate stands alone (no letter, digit or slash right beside it) and is never a placeholder's part
_PROBE_DATE = re.compile(
    r"(?<![\w/.:-])(?:\d{1,4}(?:[/.-]\d{1,4}){1,2}|\d{6}|\d{8}|\d{1,2}-(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"|(?i:(?:the\s+)?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)))(?![\w/]|[.:-]\d)")
_PROBE_ID = re.compile(r"(?<![\w/.:-])(?=(?:[A-Z\d][ /.-]?){4})(?:[A-Z]{1,5}[ /-]?)?\d+(?:[ ./-]\d+)*(?:[ -]?[A-Z]{1,2}\b)?(?![\w/]|[.:-]\d)")
_CODE_BEFORE = re.compile(r"(?i)\b(?:cpt|icd(?:-?10)?|loinc|snomed|ndc|lot|model|serial|s/n|cat(?:alog)?|ref|code|part|rev|version|v)\W{0,3}$")
_ORD_STANDS = re.compile(_ORD_STANDS_AFTER + r"|(?=\s+of\b)")
_CELL_GAP = re.compile(r"[ \t]{2,}|\t|[ \t]*\|[ \t]*|[ \t]+(?:[01]\d|2[0-3]):?[0-5]\d[ \t]{2,}")  # between a table's cells
_UNIT_AFTER = re.compile(r"\s*(?:%|(?i:mg|mcg|g|kg|lbs?|mL|ml|L|units?|U|mmHg|mm|cm|m|in|bpm|mEq|mmol|mol|µmol|umol|IU|meq|cc|hrs?|h|min|mins"
                         r"|days?|d|wks?|weeks?|mos?|months?|yrs?|years?|x|times|cells|copies|K|k|kcal|cal|cmH2O|L/min|lpm|sec|s|ms|Gy|cGy|mSv|mGy|°|F|C"
                         r"|gtt|drops?|puffs?|tabs?|caps?|doses?|vials?|beats?)\b)")


_PROBE_NOT_DATE_BEFORE = re.compile(r"(?i)\b(?:bpp|profile|nst|mmt|bipap|cpap|ipap|epap|peep|ps|vent|settings?|mood|rate[ds]?|energy|sleep|anxiety|appetite"
                                    r"|pressure|tightness|discomfort|ache|cramping|soreness|norco|percocet"
                                    r"|vicodin|lortab|tylenol|augmentin|bactrim|zosyn|unasyn|ratio|i:e|fio2|tidal|grade|tanner|stage"
                                    r"|ehl|fhl|nas)\W*$")  # "EHL/FHL 5/5", "NAS 6/8" (a liver biopsy's score)
CLOCK24 = r"(?:[01]\d|2[0-3])[0-5]\d"  # a 24-hour time in four digits ("0238", "1815")
_NUMBER_CUE_BEFORE = re.compile(r"(?i)(?:#|\bno\.?|\bnumber|\bid|\bext\.?|\bx|\bpager|\bpgr|\bbleep|\bbeeper|\bbadge|\bending(?:[ \t]+in)?"
                                r"|\blast[ \t]?4?|\brecord|\bclock|\bkit|\bcase|\bcode|\bacct|\baccount|\bpin|\bpasscode)\W{0,3}$")
_NUMBER_CUE_ON_LINE = re.compile(r"(?i)\b(?:pagers?|pgrs?|bleeps?|beepers?|ext|extension|phones?|tel|t[ée]l|poste|vocera|spectra|ssn|last[ \t]?4)\b")
# a lab's name before its value, where a record number's head might take the value ("BNP 3240", "CA 19-9 412")
_LAB_BEFORE = re.compile(r"(?i)\b(?:bnp|nt-?probnp|ca-?125|cea|afp|psa|tsh|ldl|hdl|a1c|hba1c|plt|platelets?|wbc|hgb|hct|bun|egfr"
                         r"|crp|esr|ck|cpk|trop(?:onin)?|lactate|lipase|amylase|glu(?:cose)?|ferritin|d-?dimer|fsbg|fsbs|cbg|poc|ldh|ggt"
                         r"|alk[ ]?phos|tbili|bili(?:rubin)?|ammonia|cd4|viral[ ]load|vl|anc|abs[ ]neut)[ \t:=]{1,3}$")
_CA19_9 = re.compile(r"(?i)\bca[ -]?19-9\b")
# a pressure in a heart's chamber or a vessel ("RV 28/7", "PA 27/12 (mean 18)", "wedge 14/10")
_CHAMBER_BEFORE = re.compile(r"(?:\b(?:RA|RV|PA|PAP|PCWP|PAWP|LV|LVEDP|Ao|AO|CVP|mPAP|PASP|SVC|IVC)|(?i:\bwedge|\baortic|\bpulmonary[ \t]+artery))[ \t]*[:=]?[ \t]*$")
_PROBE_NOT_DATE_AFTER = re.compile(r"(?i)\s*(?:chest|abd(?:ominal)?|back|neck|leg|knee|hip|head|joint|flank|pelvic|shoulder)\s+pain\b|\s*(?:(?:[a-z-]{3,15}\s+){1,2}(?=(?:murmur|rub|systolic|diastolic|holosystolic)\b)|\(mean\b|(?-i:[A-Z]{2,3})\s+|(?:flow|soft|faint|loud|early|late|mid|high-pitched)\s+)?(?:systolic|diastolic|holosystolic|SEM|HSM|crescendo|ejection|blowing|harsh|murmur|rub|on\s+\d|/\d)")


# a rating out of ten where its clause tells of a symptom or a rating ("HA 4/10", "pain now 3/10", "Cravings 2/10", "L knee
# stiff in AM, 4/10", "Mood \"better, maybe 6/10\""); "from 3/7 to 3/10", "concussion from 10/10" stay dates
_SYMPTOM_BEFORE = re.compile(r"(?i)\b(?:pain|pains|painful|ache|aches|aching|ha|h/a|headaches?|sore(?:ness)?|stiff(?:ness)?|cramp(?:s|ing)?"
                             r"|cravings?|urges?|mood|anxiety|anxious|nausea|itch(?:ing)?|pruritus|fatigue|tender(?:ness)?|discomfort"
                             r"|dyspnea|dyspnoea|sob|vas|nrs|eva|ena|dolor|rated|rates|rating|severity|intensity|worst|least|average|avg)\b")


def _out_of_ten(text: str, s: int, v: str) -> bool:
    m = re.fullmatch(r"(\d{1,2})/10", v)
    if not m or int(m.group(1)) > 10:
        return False
    clause = re.split(r"[.;]\s|\n", text[max(0, s - 60):s])[-1]
    return _SYMPTOM_BEFORE.search(clause) is not None


def _could_be_date(v: str) -> bool:
    """Numbers that can stand for a date in some order (month/day, day/month, with a year of 2 or 4 digits, or
    digits only: 6 or 8); an ordinal or a month's abbreviation always can."""
    parts = re.split(r"[/.-]", v)
    if len(parts) == 1 or not all(p.isdigit() for p in parts):
        return True
    n = [int(p) for p in parts]
    if len(n) == 2:
        return (1 <= n[0] <= 12 and 1 <= n[1] <= 31) or (1 <= n[0] <= 31 and 1 <= n[1] <= 12)
    if len(parts[0]) == 4:  # 2024-03-12
        return 1 <= n[1] <= 12 and 1 <= n[2] <= 31
    return len(parts[2]) in (2, 4) and ((1 <= n[0] <= 12 and 1 <= n[1] <= 31) or (1 <= n[0] <= 31 and 1 <= n[1] <= 12))


def _same_whole_near(text: str, s: int, v: str) -> bool:
    """A fraction with the same whole shortly before or after ("Mood 5/10 (from 3/10)", "EHL 3/5 (was 5/5)"): a
    rating, not a date."""
    m = re.fullmatch(r"\d+/(\d+)", v)
    if not m:
        return False
    near = re.compile(rf"(?<![\d/])\d+[+-]?/{m.group(1)}(?![\d/])")  # "hams 4-/5, hip abd 4/5"
    a, b = max(text.rfind("\n", 0, s) + 1, s - 90), text.find("\n", s + len(v))  # within 90 characters on its line
    b = min(len(text) if b < 0 else b, s + len(v) + 90)
    return near.search(text[a:s]) is not None or near.search(text[s + len(v):b]) is not None


def _ratings_on_line(text: str, s: int, e: int) -> bool:
    """A count out of a whole (its number no more than its whole) on a line with two more of them that no date can be
    and no vital's, vision's or dose's word leads or follows: a line of ratings ("Orientation 5/5. Immediate memory 21/30. Digits
    backward 3/4"), where a bare month/day is one more. A day before its month ("23/04") is never one."""
    own = re.fullmatch(r"(\d+)/(\d+)", text[s:e])
    if not own or int(own.group(1)) > int(own.group(2)):
        return False
    a, b = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    line_end = len(text) if b < 0 else b
    n = 0
    for m in re.finditer(r"(?<![\w/.])(\d+)([+-]?)/(\d+)(?![\w/]|[.,]\d)", text[a:line_end]):
        at, end = a + m.start(), a + m.end()
        if (at == s or int(m.group(1)) > int(m.group(3)) or _UNIT_AFTER.match(text, end)
                or not (m.group(2) or not _could_be_date(m.group(1) + "/" + m.group(3)))):
            continue  # (only a rating no date can be: "21/30", "4-/5"; "2/2" and "3/10" may be dates themselves)
        if _VITAL_BEFORE.search(text[max(0, at - 25):at]) or re.search(r"(?i)\b(?:va|vision|acuity|od|os|ou)\W{0,3}$", text[max(0, at - 12):at]):
            continue
        n += 1
    return n >= 2


def probe_candidates(text: str) -> list[tuple[int, int, str]]:
    """Spans of `text` shaped like a date ("DATE") or a record/phone number ("ID") that no rule took, for the
    model's heads to judge; never one a clinical cue stands beside: a score or vital word before it ("strength
    4/5", "BP 90/60"), a count noun or a unit after it ("2/3 doses", "1000-1500 mL", "12.5 mg")."""
    out = []
    for kind, pat in (("DATE", _PROBE_DATE), ("ID", _PROBE_ID)):
        for m in pat.finditer(text):
            s, e = m.span()
            v = m.group(0)
            before = text[max(0, s - 25):s]
            if _SCORE_BEFORE.search(before) or _VITAL_BEFORE.search(before) or _UNIT_AFTER.match(text, e):
                continue
            if kind == "DATE" and (_CHAMBER_BEFORE.search(before) or _ratings_on_line(text, s, e)):
                continue
            if kind == "DATE" and (not _could_be_date(v) or _PROBE_NOT_DATE_BEFORE.search(before) or _PROBE_NOT_DATE_AFTER.match(text, e)
                                   or (re.fullmatch(r"\d{1,2}/10", v) and re.search(r"(?i)\bcp\W*$", before))  # "CP 2/10": chest pain
                                   or (re.fullmatch(r"\d+[/.-]\d+", v) and not re.match(_NOT_FRACTION_AFTER, text[e:]))
                                   or _same_whole_near(text, s, v) or _out_of_ten(text, s, v)):
                continue
            if kind == "DATE" and re.fullmatch(r"\d+\.\d+", v):
                continue  # a decimal ("K 4.1", "12.5"); a dotted date has its year ("14.8.24")
            if kind == "ID" and (_CODE_BEFORE.search(text[max(0, s - 25):s + re.search(r"\d", v).start()].rstrip(" -/"))
                                 or re.search(r"\d\.\d+$", v)):
                continue  # a billing, lab or product code ("CPT 99214", "LOINC 2345-7", "Lot 4421-0087"), a decimal ("250.00")
            if kind == "DATE" and (re.fullmatch(r"\d+-\d+", v) or (re.search(r"(?i)(?:st|nd|rd|th)$", v) and not _ORD_STANDS.match(text, e))):
                continue  # a range with no year ("3-4 per day"), an ordinal before a noun ("2nd push", "15th item")
            digits = re.search(r"\d", v).start()
            if kind == "ID" and (sum(ch.isdigit() for ch in v) < 4 or _VITAL_BEFORE.search(text[max(0, s - 25):s + digits])
                                 or _LAB_BEFORE.search(text[max(0, s - 25):s + digits]) or _CA19_9.search(text[max(0, s - 8):e])
                                 or (re.fullmatch(CLOCK24, v) and not re.match(r"[-/.]\w|[ \t]+[A-Z]", text[e:e + 3])  # a 24-hour clock
                                     and not _NUMBER_CUE_BEFORE.search(before)
                                     and not _NUMBER_CUE_ON_LINE.search(text, text.rfind("\n", 0, s) + 1, s))  # time ("extubated 0238")
                                 or re.fullmatch(r"\d{1,3}/\d{1,4}", v[digits:]) or _PROBE_NOT_DATE_BEFORE.search(before)):
                continue
            out.append((s, e, kind))
    return out
