//! The site's time zone, in which a date without a time (`date: 2026-03-16`) means midnight:
//! the `timezone` of site.yaml, else that of the default language's likely region (`fi` →
//! Finland → `Europe/Helsinki`), else UTC. The time zone database is compiled into kielo, so
//! a build gives the same dates on every machine.

use icu_locale::{Locale, LocaleExpander};
use icu_time::zone::iana::IanaParserExtended;
use jiff::tz::TimeZone;

/// The time zone `timezone: name` names, if it is one.
pub(crate) fn named(name: &str) -> Option<TimeZone> {
    TimeZone::get(name).ok()
}

/// The time zone of `locale`'s likely region: the region's zones, when they all keep the
/// same time through the year (Finland's Helsinki and Mariehamn do); UTC for a region of
/// several times (the United States, Spain with the Canaries), where only site.yaml can say.
pub(crate) fn of_locale(locale: &Locale) -> TimeZone {
    let mut likely = locale.id.clone();
    LocaleExpander::new_common().maximize(&mut likely);
    let Some(region) = likely.region else {
        return TimeZone::UTC;
    };
    let region = region.as_str().to_ascii_lowercase();
    // CLDR's time zone identifiers start with the code of their region (`fihel`).
    let zones: Vec<TimeZone> = IanaParserExtended::new()
        .iter()
        .filter(|zone| {
            let id = zone.time_zone.0.as_str();
            id.len() >= 5 && id.starts_with(region.as_str())
        })
        .filter_map(|zone| named(zone.canonical))
        .collect();
    match zones.split_first() {
        Some((first, others)) if others.iter().all(|z| same_time(first, z)) => first.clone(),
        _ => TimeZone::UTC,
    }
}

/// Whether two zones show the same time at the start of every month of a few years.
fn same_time(a: &TimeZone, b: &TimeZone) -> bool {
    (2020..2030).all(|year| {
        (1..=12).all(|month| {
            let Ok(day) = jiff::civil::date(year, month, 1).to_zoned(TimeZone::UTC) else {
                return true;
            };
            let instant = day.timestamp();
            a.to_offset(instant) == b.to_offset(instant)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone_of(tag: &str) -> Option<String> {
        let locale: Locale = tag.parse().unwrap();
        of_locale(&locale).iana_name().map(str::to_string)
    }

    #[test]
    fn a_language_gives_its_regions_zone_when_it_keeps_one_time() {
        assert_eq!(zone_of("fi").as_deref(), Some("Europe/Helsinki"));
        assert_eq!(zone_of("sv").as_deref(), Some("Europe/Stockholm"));
        assert_eq!(zone_of("sv-FI").as_deref(), Some("Europe/Helsinki"));
        assert_eq!(
            zone_of("en").as_deref(),
            Some("UTC"),
            "the United States keep several"
        );
        assert!(named("Europe/Helsinki").is_some());
        assert!(named("Mars/Olympus").is_none());
    }
}
