//! What a `steal` step may say: the values it names are ones the attacker's app can
//! hold and use, each a single string. Anything else would be silently dropped, and a
//! lab scenario would then show an attack that never had what its file claims.

use super::{ParamValue, With};
use crate::sim::variables::closest;

/// The values an app holds, which the attacker's app keeps in the same places: what
/// a leak (a log, a browser history, a `Referer`) can hand it (RFC 9700 §4).
pub const STEALABLE: [&str; 7] = [
    "code",
    "state",
    "code_verifier",
    "access_token",
    "refresh_token",
    "client_id",
    "client_secret",
];

/// Checks a steal step's fields: it sends and receives nothing, and its `with`
/// names at least one value the attacker's app can hold.
pub(super) fn check(
    with: Option<&With>,
    sends: &[(&str, bool)],
    captures: bool,
) -> Result<(), String> {
    if let Some((field, _)) = sends.iter().find(|(_, given)| *given) {
        return Err(format!(
            "a steal step sends nothing, so it takes no \"{field}\""
        ));
    }
    if captures {
        return Err("a steal step receives nothing, so it takes no \"capture\"".into());
    }
    let Some(with) = with.filter(|w| !w.0.is_empty()) else {
        return Err(format!(
            "a steal step needs \"with\": what the attacker takes, e.g. \
             {{\"code\": \"$code\"}} (one of: {})",
            STEALABLE.join(", ")
        ));
    };
    for (name, value) in &with.0 {
        if !STEALABLE.contains(&name.as_str()) {
            let hint = closest(name, STEALABLE.into_iter())
                .map(|best| format!(" (did you mean `{best}`?)"))
                .unwrap_or_default();
            return Err(format!(
                "steal cannot take `{name}`{hint}: the attacker's app holds only {}",
                STEALABLE.join(", ")
            ));
        }
        if !matches!(value, ParamValue::One(_)) {
            return Err(format!(
                "steal takes one string for `{name}`, the value the attacker copies"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(json: &str) -> With {
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
    }

    #[test]
    fn every_value_an_app_holds_can_be_stolen() {
        for name in STEALABLE {
            let json = format!(r#"{{"{name}": "x"}}"#);
            assert_eq!(check(Some(&with(&json)), &[], false), Ok(()), "{name}");
        }
    }

    #[test]
    fn a_name_the_attacker_cannot_hold_is_refused_with_the_nearest() {
        let error = check(Some(&with(r#"{"acess_token": "x"}"#)), &[], false);
        assert_eq!(
            error,
            Err(
                "steal cannot take `acess_token` (did you mean `access_token`?): the \
                 attacker's app holds only code, state, code_verifier, access_token, \
                 refresh_token, client_id, client_secret"
                    .into()
            )
        );
    }

    #[test]
    fn null_and_arrays_are_not_a_value_to_copy() {
        for json in [r#"{"code": null}"#, r#"{"code": ["a", "b"]}"#] {
            let error = check(Some(&with(json)), &[], false);
            assert!(
                error
                    .as_ref()
                    .is_err_and(|e| e.starts_with("steal takes one string for `code`")),
                "{json}: {error:?}"
            );
        }
    }

    #[test]
    fn a_steal_without_values_or_with_request_fields_is_refused() {
        assert!(check(None, &[], false).is_err_and(|e| e.contains("needs \"with\"")));
        assert!(check(Some(&with("{}")), &[], false).is_err());
        let code = with(r#"{"code": "x"}"#);
        assert!(
            check(Some(&code), &[("headers", true)], false)
                .is_err_and(|e| e.contains("takes no \"headers\""))
        );
        assert!(check(Some(&code), &[], true).is_err_and(|e| e.contains("no \"capture\"")));
    }
}
