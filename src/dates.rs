//! Dates formatted from CLDR data through ICU4X, for the `DATETIME` Fluent function.

use icu_calendar::Gregorian;
use icu_datetime::fieldsets::{T, YMD, YMDT};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::pattern::{DateTimePattern, FixedCalendarDateTimeNames};
use icu_datetime::{DateTimeFormatter, NoCalendarFormatter};
use icu_locale::Locale;
use writeable::TryWriteable;

/// A date as templates pass it (`page.date`): a day, with its wall-clock time when one was
/// written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WrittenDate {
    pub(crate) day: jiff::civil::Date,
    pub(crate) time: Option<jiff::civil::Time>,
}

impl WrittenDate {
    /// Reads `2021-09-16`, or a date with a time such as `2021-09-16T10:02:00+03:00`, whose
    /// time is kept as written: readers expect the time the page gives.
    pub(crate) fn parse(text: &str) -> Result<WrittenDate, String> {
        let pieces = jiff::fmt::temporal::Pieces::parse(text)
            .map_err(|e| format!("`{text}` is not a date: {e}"))?;
        Ok(WrittenDate {
            day: pieces.date(),
            time: pieces.time(),
        })
    }

    pub(crate) fn has_time(&self) -> bool {
        self.time.is_some()
    }
}

/// Lengths of date styles, as in `Intl.DateTimeFormat`'s `dateStyle`.
const STYLES: [&str; 3] = ["short", "medium", "long"];

/// The formatters of one language, built once per build.
pub(crate) struct DateFormatter {
    locale: Locale,
    dates: Vec<DateTimeFormatter<YMD>>,
    date_times: Vec<DateTimeFormatter<YMDT>>,
    time: NoCalendarFormatter<T>,
}

/// How to format: a style for the date and/or time, or an explicit CLDR pattern.
#[derive(Debug, Default)]
pub(crate) struct DateRequest<'a> {
    pub(crate) date_style: Option<&'a str>,
    pub(crate) time_style: Option<&'a str>,
    pub(crate) pattern: Option<&'a str>,
}

impl DateFormatter {
    pub(crate) fn new(locale: &Locale) -> Result<Self, String> {
        let prefs = || locale.clone().into();
        let error = |e: icu_datetime::DateTimeFormatterLoadError| {
            format!("no date formats for locale `{locale}`: {e}")
        };
        let lengths = [YMD::short(), YMD::medium(), YMD::long()];
        Ok(DateFormatter {
            locale: locale.clone(),
            dates: lengths
                .iter()
                .map(|fs| DateTimeFormatter::try_new(prefs(), *fs).map_err(error))
                .collect::<Result<_, _>>()?,
            date_times: lengths
                .iter()
                .map(|fs| DateTimeFormatter::try_new(prefs(), fs.with_time_hm()).map_err(error))
                .collect::<Result<_, _>>()?,
            time: NoCalendarFormatter::try_new(prefs(), T::hm()).map_err(error)?,
        })
    }

    /// Formats `value` (`YYYY-MM-DD` or RFC 3339 as normalised by the front-matter parser).
    /// A date without a time formats as the date alone, whatever the request.
    pub(crate) fn format(&self, value: &str, request: &DateRequest) -> Result<String, String> {
        let (date, time) = parse(value)?;
        if let Some(pattern) = request.pattern {
            return self.format_pattern(pattern, date, time);
        }
        let length = |style: &str| {
            STYLES
                .iter()
                .position(|s| *s == style)
                .ok_or_else(|| format!("unknown style `{style}`; use short, medium or long"))
        };
        let date_style = request.date_style.map(length).transpose()?;
        Ok(
            match (date_style, time.filter(|_| request.time_style.is_some())) {
                (Some(len), Some(time)) => self.date_times[len]
                    .format(&DateTime { date, time })
                    .to_string(),
                (Some(len), None) => self.dates[len].format(&date).to_string(),
                (None, Some(time)) => self.time.format(&time).to_string(),
                (None, None) if request.time_style.is_some() => String::new(),
                (None, None) => self.dates[0].format(&date).to_string(),
            },
        )
    }

    fn format_pattern(
        &self,
        pattern: &str,
        date: Date<icu_calendar::Iso>,
        time: Option<Time>,
    ) -> Result<String, String> {
        let parsed: DateTimePattern = pattern
            .parse()
            .map_err(|e| format!("`{pattern}` is not a valid date pattern: {e}"))?;
        let mut names: FixedCalendarDateTimeNames<Gregorian> =
            FixedCalendarDateTimeNames::try_new(self.locale.clone().into())
                .map_err(|e| format!("no date names for `{}`: {e}", self.locale))?;
        let formatter = names
            .include_for_pattern(&parsed)
            .map_err(|e| format!("date pattern `{pattern}`: {e:?}"))?;
        let date = date.to_calendar(Gregorian);
        let datetime = DateTime {
            date,
            time: time.unwrap_or(Time::start_of_day()),
        };
        formatter
            .format(&datetime)
            .try_write_to_string()
            .map(|s| s.into_owned())
            .map_err(|(e, _)| format!("date pattern `{pattern}`: {e:?}"))
    }
}

fn parse(value: &str) -> Result<(Date<icu_calendar::Iso>, Option<Time>), String> {
    let invalid = |e: &dyn std::fmt::Display| format!("`{value}` is not a date: {e}");
    let WrittenDate { day, time } = WrittenDate::parse(value)?;
    let date = Date::try_new_iso(i32::from(day.year()), day.month() as u8, day.day() as u8)
        .map_err(|e| invalid(&e))?;
    let time = time
        .map(|t| Time::try_new(t.hour() as u8, t.minute() as u8, t.second() as u8, 0))
        .transpose()
        .map_err(|e| invalid(&e))?;
    Ok((date, time))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(locale: &str, value: &str, request: DateRequest) -> String {
        DateFormatter::new(&locale.parse().unwrap())
            .unwrap()
            .format(value, &request)
            .unwrap()
    }

    #[test]
    fn a_written_date_knows_whether_it_has_a_time() {
        let day = WrittenDate::parse("2021-09-16").unwrap();
        assert_eq!(
            (day.day.to_string(), day.has_time()),
            ("2021-09-16".into(), false)
        );
        // The time as written, not as in UTC.
        let time = WrittenDate::parse("2021-09-16T23:30:00-05:00").unwrap();
        assert_eq!(time.day.to_string(), "2021-09-16");
        assert_eq!(
            time.time.map(|t| t.to_string()).as_deref(),
            Some("23:30:00")
        );
        assert!(WrittenDate::parse("16.9.2021").is_err());
    }

    #[test]
    fn finnish_styles_come_from_cldr() {
        let both = DateRequest {
            date_style: Some("short"),
            time_style: Some("short"),
            pattern: None,
        };
        assert_eq!(
            format("fi", "2021-09-16T10:02:00+03:00", both),
            "16.9.2021 klo 10.02"
        );
        let long = DateRequest {
            date_style: Some("long"),
            ..Default::default()
        };
        assert_eq!(format("fi", "2021-09-16", long), "16. syyskuuta 2021");
    }

    #[test]
    fn patterns_use_cldr_month_names() {
        let sv = DateRequest {
            pattern: Some("d MMMM y"),
            ..Default::default()
        };
        assert_eq!(format("sv", "2021-09-16", sv), "16 september 2021");
        let en = DateRequest {
            pattern: Some("d MMMM y, HH:mm"),
            ..Default::default()
        };
        assert_eq!(
            format("en", "2021-09-16T10:02:00+03:00", en),
            "16 September 2021, 10:02"
        );
    }

    #[test]
    fn time_without_time_is_empty_and_bad_input_errors() {
        let time = DateRequest {
            time_style: Some("short"),
            ..Default::default()
        };
        assert_eq!(format("fi", "2021-09-16", time), "");
        let formatter = DateFormatter::new(&"fi".parse().unwrap()).unwrap();
        assert!(
            formatter
                .format("not a date", &DateRequest::default())
                .is_err()
        );
    }
}
