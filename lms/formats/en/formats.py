"""English as the platform's readers write it: day first (11 January 2026, 11/01/2026) and a
24-hour clock. They work in West Africa and in international programmes, not in the United
States, whose month-first order Django's "en" formats follow."""

DATE_FORMAT = "j F Y"  # 11 January 2026
TIME_FORMAT = "H:i"  # 14:30
DATETIME_FORMAT = "j F Y, H:i"  # 11 January 2026, 14:30
YEAR_MONTH_FORMAT = "F Y"  # January 2026
MONTH_DAY_FORMAT = "j F"  # 11 January
SHORT_DATE_FORMAT = "d/m/Y"  # 11/01/2026
SHORT_DATETIME_FORMAT = "d/m/Y H:i"  # 11/01/2026 14:30
FIRST_DAY_OF_WEEK = 1  # Monday
# Typed dates are read day first too (ISO 8601, 2026-01-11, is always accepted).
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d/%m/%y"]
DATETIME_INPUT_FORMATS = ["%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%y %H:%M"]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
